package org.continuityacademy.directory.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.io.ByteArrayInputStream;
import org.continuityacademy.base.upload.UploadLimit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import com.vaadin.flow.component.upload.UploadI18N;
import org.continuityacademy.base.i18n.Formats;
import org.continuityacademy.base.ui.ViewHeader;
import org.continuityacademy.directory.EmployeeImports;
import org.continuityacademy.directory.ImportProgress;
import org.continuityacademy.directory.ImportPreview;
import org.continuityacademy.directory.ImportRecord;
import org.continuityacademy.directory.ImportRefused;
import org.continuityacademy.security.AppRoles;

/** HR uploads the employee list, checks the preview, and applies it; earlier imports are listed below. */
@Route("employees/import")
@PageTitle("import.title")
@Menu(order = 21, icon = "vaadin:upload", title = "import.title")
@RolesAllowed(AppRoles.HR)
class EmployeeImportView extends Main {

    private static final Logger log = LoggerFactory.getLogger(EmployeeImportView.class);

    private final EmployeeImports imports;
    private final UploadLimit uploadLimit;
    /** Emptied after each file is checked, so the next file can be chosen without removing the last one first. */
    final Upload upload;
    /** The check box's value, for the upload's request thread (which does not hold the session's lock). */
    private volatile boolean completeListChosen;
    final IntegerField confirmation = new IntegerField(getTranslation("import.confirm.field"));
    final Checkbox completeList = new Checkbox(getTranslation("import.complete-list"));
    final Div preview = new Div();
    final Button apply = new Button(getTranslation("import.apply"));
    final Grid<ImportRecord> history = new Grid<>();
    private ImportPreview current;
    final ProgressBar progressBar = new ProgressBar();
    final Span progressText = new Span();
    final Div progressBox = new Div(progressText, progressBar);
    private com.vaadin.flow.shared.Registration pollRegistration;

    EmployeeImportView(EmployeeImports imports, UploadLimit uploadLimit) {
        this.imports = imports;
        this.uploadLimit = uploadLimit;
        completeListChosen = completeList.getValue();
        completeList.addValueChangeListener(e -> completeListChosen = e.getValue());
        addClassNames("academy-view", "flex", "flex-col", "gap-m");

        upload = new Upload(new PreviewUpload());
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setMaxFiles(1);
        // the browser refuses a larger file before sending it; the server refuses it too (PreviewUpload, UploadLimit)
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, uploadLimit.maxBytes()));
        upload.setDropAllowed(true);
        upload.getElement().setAttribute("aria-label", getTranslation("import.upload.aria"));
        upload.setI18n(uploadTexts());
        // a file the browser refuses (not CSV, too large) is not sent: say why, or nothing at all would happen
        upload.addFileRejectedListener(e -> showError(e.getErrorMessage()));

        progressBox.setVisible(false);
        progressBar.getElement().setAttribute("aria-label", getTranslation("import.progress.aria"));
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.setVisible(false);
        apply.addClickListener(e -> applyCurrent());
        confirmation.setVisible(false);
        confirmation.setValueChangeMode(ValueChangeMode.EAGER);
        confirmation.addValueChangeListener(e -> apply.setEnabled(confirmed()));

        Formats formats = Formats.current();
        history.addColumn(r -> formats.dateTime(r.uploadedAt())).setHeader(getTranslation("import.history.uploaded"))
                .setAutoWidth(true).setFlexGrow(0);
        history.addColumn(ImportRecord::fileName).setHeader(getTranslation("import.history.file")).setFlexGrow(2);
        history.addColumn(ImportRecord::uploadedBy).setHeader(getTranslation("import.history.by")).setAutoWidth(true).setFlexGrow(0);
        history.addColumn(r -> switch (r.status()) {
            case "APPLIED" -> getTranslation("import.result.applied");
            case "REJECTED" -> getTranslation("import.result.refused", r.errors());
            default -> getTranslation("import.result.previewed");
        }).setHeader(getTranslation("import.history.result")).setFlexGrow(1);
        history.addColumn(r -> getTranslation("import.history.counts", r.added(), r.changed(), r.deactivated()))
                .setHeader(getTranslation("import.history.changes")).setFlexGrow(2);
        history.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        history.setEmptyStateText(getTranslation("import.history.empty"));
        history.setItems(query -> imports.history(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) imports.countHistory());
        history.setHeight("20rem");

        var columns = new Details(getTranslation("import.columns.title"), new Paragraph(getTranslation("import.columns.text")));
        var historyHeading = new H2(getTranslation("import.history.title"));
        historyHeading.addClassNames("text-l", "mb-0");
        add(new ViewHeader(getTranslation("import.explanation")),
                columns, completeList, upload, preview, confirmation, apply, progressBox, historyHeading, history);
    }

    /** The upload's own texts (its button, drop hint and errors) in the person's language. */
    private UploadI18N uploadTexts() {
        var texts = new UploadI18N();
        texts.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("import.upload.add")).setMany(getTranslation("import.upload.add")));
        texts.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("import.upload.drop"))
                .setMany(getTranslation("import.upload.drop")));
        texts.setError(new UploadI18N.Error().setTooManyFiles(getTranslation("import.upload.too-many"))
                .setFileIsTooBig(getTranslation("import.upload.too-big", uploadLimit.text(getLocale()))).setIncorrectFileType(getTranslation("import.upload.not-csv")));
        texts.setFile(new UploadI18N.File().setRemove(getTranslation("import.upload.remove")).setRetry(getTranslation("import.upload.retry"))
                .setStart(getTranslation("import.upload.start")));
        texts.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting(getTranslation("import.upload.connecting"))
                        .setStalled(getTranslation("import.upload.stalled")).setProcessing(getTranslation("import.upload.processing"))
                        .setHeld(getTranslation("import.upload.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime().setPrefix(getTranslation("import.upload.remaining"))
                        .setUnknown(getTranslation("import.upload.remaining-unknown")))
                .setError(new UploadI18N.Uploading.Error().setServerUnavailable(getTranslation("import.upload.server-unavailable"))
                        .setUnexpectedServerError(getTranslation("import.upload.server-error"))
                        .setForbidden(getTranslation("import.upload.forbidden"))
                        .setFileTooLarge(getTranslation("import.upload.too-big", uploadLimit.text(getLocale())))));
        return texts;
    }

    /**
     * Receives the file as it streams in and has it checked on the way, without keeping it in memory: a file larger
     * than the limit is refused from its stated size before a byte is read, and stopped if it grows past it.
     */
    private final class PreviewUpload implements UploadHandler {

        @Override
        public void handleUploadRequest(UploadEvent event) {
            UI ui = event.getUI();
            String fileName = event.getFileName();
            if (event.getFileSize() > uploadLimit.maxBytes()) {
                String refusal = getTranslation("import.upload.too-big", uploadLimit.text(ui.getLocale()));
                event.reject(refusal);
                ui.access(() -> {
                    upload.clearFileList();
                    showError(refusal);
                });
                return;
            }
            try {
                ImportPreview checked = imports.preview(fileName, event.getInputStream(), completeListChosen);
                ui.access(() -> {
                    upload.clearFileList(); // the summary names the file
                    show(fileName, checked);
                });
            } catch (RuntimeException e) {
                // the person learns that it failed, not only the log
                log.warn("Checking the employee file {} failed", fileName, e);
                String refusal = getTranslation("import.upload.failed", String.valueOf(e.getMessage()));
                event.reject(refusal);
                ui.access(() -> {
                    upload.clearFileList();
                    showError(refusal);
                });
            }
        }

        @Override
        public long getFileSizeMax() {
            return uploadLimit.maxBytes();
        }

        @Override
        public long getRequestSizeMax() {
            return uploadLimit.maxRequestBytes();
        }

        @Override
        public long getFileCountMax() {
            return 1;
        }
    }

    private void showError(String text) {
        Notification.show(text, 8000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    /** Checks a file (tests) and shows what applying it would change. */
    void showPreview(String fileName, byte[] data) {
        show(fileName, imports.preview(fileName, new ByteArrayInputStream(data), completeList.getValue()));
    }

    /** Shows what applying a checked file would change: its problems, its warnings, and the confirmation it needs. */
    void show(String fileName, ImportPreview checked) {
        current = checked;
        preview.removeAll();
        var plan = current.plan();
        // a refused file's counts would read as a plan ("0 rows — 0 new"): it says that it was refused instead
        var summary = new Paragraph(current.canApply()
                ? getTranslation("import.preview.summary", fileName, plan.rowsRead(), plan.added(), plan.changed(), plan.unchanged(),
                        plan.deactivated())
                : getTranslation("import.preview.refused", fileName));
        summary.addClassName("font-semibold");
        if (!current.canApply()) {
            summary.addClassName("text-error");
        }
        summary.getElement().setAttribute("data-import", "summary");
        preview.add(summary);
        if (!current.canApply()) {
            preview.add(listed(getTranslation("import.preview.problems", plan.problems().size()), plan.problems(), "problems"));
        }
        if (!plan.warnings().isEmpty()) {
            preview.add(listed(getTranslation("import.preview.warnings", plan.warnings().size()), plan.warnings(), "warnings"));
        }
        boolean confirm = current.canApply() && plan.needsConfirmation();
        if (confirm) {
            var explanation = new Paragraph(getTranslation("import.confirm.explanation", plan.confirmDeactivations(), plan.activeBefore()));
            explanation.addClassNames("font-semibold", "text-error");
            preview.add(explanation);
            confirmation.setHelperText(getTranslation("import.confirm.mismatch", plan.confirmDeactivations()));
        }
        confirmation.clear();
        confirmation.setVisible(confirm);
        apply.setVisible(current.canApply());
        apply.setEnabled(confirmed());
        history.getDataProvider().refreshAll();
    }

    private Details listed(String title, java.util.List<String> texts, String kind) {
        var list = new UnorderedList();
        texts.forEach(t -> list.add(new ListItem(t)));
        var details = new Details(title, list);
        details.setOpened(true);
        details.addClassName("academy-card");
        details.getElement().setAttribute("data-import", kind);
        return details;
    }

    /** The typed number matches what the file would deactivate, or no number is needed. */
    private boolean confirmed() {
        if (current == null || !current.plan().needsConfirmation()) {
            return true;
        }
        Integer typed = confirmation.getValue();
        return typed != null && typed == current.plan().confirmDeactivations();
    }

    long currentImportId() {
        return current.importId();
    }

    /** Starts applying in the background and follows its progress; the page stays usable meanwhile. */
    private void applyCurrent() {
        long importId = current.importId();
        try {
            Integer typed = confirmation.getValue();
            imports.startApply(importId, confirmation.isVisible() && typed != null ? typed : 0);
        } catch (ImportRefused refused) {
            Notification.show(refused.getMessage(), 8000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
            return;
        }
        apply.setVisible(false);
        confirmation.setVisible(false);
        preview.removeAll();
        progressBar.setIndeterminate(true);
        progressText.setText(getTranslation("import.applying", String.valueOf(importId)));
        progressBox.setVisible(true);
        UI ui = UI.getCurrent();
        ui.setPollInterval(500);
        pollRegistration = ui.addPollListener(e -> follow(importId));
    }

    /**
     * The bar and its words for a running import: rows prepared out of all, then, once every row is prepared and the
     * changes are being written (most of a large first import), a moving bar that says so instead of a full one.
     */
    void show(ImportProgress state) {
        if (state.total() > 0 && state.done() < state.total()) {
            progressBar.setIndeterminate(false);
            progressBar.setValue((double) state.done() / state.total());
            progressText.setText(getTranslation("import.progress.prepared", state.done(), state.total()));
        } else if (state.total() > 0) {
            progressBar.setIndeterminate(true);
            progressText.setText(getTranslation("import.progress.saving", state.total()));
        }
    }

    /** Reads the progress of an import; called on every poll until it finishes. */
    void follow(long importId) {
        var state = imports.progress(importId).orElse(null);
        if (state == null) {
            return;
        }
        if (!state.finished()) {
            show(state);
            return;
        }
        UI.getCurrent().setPollInterval(-1);
        if (pollRegistration != null) {
            pollRegistration.remove();
            pollRegistration = null;
        }
        progressBox.setVisible(false);
        if ("DONE".equals(state.state()) && state.plan() != null) {
            var plan = state.plan();
            Notification.show(getTranslation("import.applied", plan.added(), plan.changed(), plan.deactivated()), 5000,
                    Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } else {
            Notification.show(state.message() == null ? getTranslation("import.failed.unknown") : state.message(), 8000,
                    Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        history.getDataProvider().refreshAll();
    }
}
