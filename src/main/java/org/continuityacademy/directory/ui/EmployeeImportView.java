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
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import org.continuityacademy.base.ui.Dates;
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

    private final EmployeeImports imports;
    final Checkbox completeList = new Checkbox("This file is the complete employee list: deactivate everyone who is not in it");
    final Div preview = new Div();
    final Button apply = new Button("Apply this file");
    final Grid<ImportRecord> history = new Grid<>();
    private ImportPreview current;
    final ProgressBar progressBar = new ProgressBar();
    final Span progressText = new Span();
    final Div progressBox = new Div(progressText, progressBar);
    private com.vaadin.flow.shared.Registration pollRegistration;

    EmployeeImportView(EmployeeImports imports) {
        this.imports = imports;
        addClassNames("academy-view", "flex", "flex-col", "gap-m");

        var upload = new Upload(UploadHandler.inMemory((metadata, data) -> {
            UI ui = UI.getCurrent();
            ui.access(() -> showPreview(metadata.fileName(), data));
        }));
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(50 * 1024 * 1024);
        upload.setDropAllowed(true);
        upload.getElement().setAttribute("aria-label", "Upload the employee list (CSV)");

        progressBox.setVisible(false);
        progressBar.getElement().setAttribute("aria-label", "Import progress");
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.setVisible(false);
        apply.addClickListener(e -> applyCurrent());

        history.addColumn(r -> Dates.dateTime(r.uploadedAt(), "")).setHeader("Uploaded").setAutoWidth(true).setFlexGrow(0);
        history.addColumn(ImportRecord::fileName).setHeader("File").setFlexGrow(2);
        history.addColumn(ImportRecord::uploadedBy).setHeader("By").setAutoWidth(true).setFlexGrow(0);
        history.addColumn(r -> switch (r.status()) {
            case "APPLIED" -> "Applied";
            case "REJECTED" -> "Refused: " + r.errors() + (r.errors() == 1 ? " error" : " errors");
            default -> "Previewed, not applied";
        }).setHeader("Result").setFlexGrow(1);
        history.addColumn(r -> r.added() + " new, " + r.changed() + " changed, " + r.deactivated() + " deactivated")
                .setHeader("Changes").setFlexGrow(2);
        history.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        history.setEmptyStateText("No file imported yet.");
        history.setItems(query -> imports.history(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) imports.countHistory());
        history.setHeight("20rem");

        var columns = new Details("Columns the file may have", new Paragraph("Employee number, First name, Last name, E-mail, "
                + "Department (all required); Manager number, Location, Hire date (2024-03-31), Active (yes/no), Leaving date. "
                + "UTF-8, with or without a byte-order mark; commas or semicolons; quoted fields. Header names may use "
                + "any case, spaces or underscores."));
        var historyHeading = new H2("Earlier imports");
        historyHeading.addClassNames("text-l", "mb-0");
        add(new ViewHeader("Upload HR's employee list as CSV. You will see what it changes, and every problem with its "
                + "line number, before anything is applied. A file with any problem changes nothing."),
                columns, completeList, upload, preview, apply, progressBox, historyHeading, history);
    }

    /** Checks a file and shows what applying it would change. */
    void showPreview(String fileName, byte[] data) {
        current = imports.preview(fileName, data, completeList.getValue());
        preview.removeAll();
        var plan = current.plan();
        var summary = new Paragraph(fileName + ": " + plan.rowsRead() + " rows — " + plan.added() + " new, " + plan.changed()
                + " changed, " + plan.unchanged() + " unchanged, " + plan.deactivated() + " to deactivate.");
        summary.addClassName("font-semibold");
        preview.add(summary);
        if (!current.canApply()) {
            var list = new UnorderedList();
            plan.problems().forEach(p -> list.add(new ListItem(p)));
            var problems = new Details(plan.problems().size() + (plan.problems().size() == 1 ? " problem" : " problems")
                    + " — correct the file and upload it again. Nothing was changed.", list);
            problems.setOpened(true);
            problems.addClassName("academy-card");
            preview.add(problems);
        }
        apply.setVisible(current.canApply());
        history.getDataProvider().refreshAll();
    }

    long currentImportId() {
        return current.importId();
    }

    /** Starts applying in the background and follows its progress; the page stays usable meanwhile. */
    private void applyCurrent() {
        long importId = current.importId();
        try {
            imports.startApply(importId);
        } catch (ImportRefused refused) {
            Notification.show(refused.getMessage(), 8000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
            return;
        }
        apply.setVisible(false);
        preview.removeAll();
        progressBar.setIndeterminate(true);
        progressText.setText("Applying " + importId + "…");
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
            progressText.setText(state.done() + " of " + state.total() + " rows prepared");
        } else if (state.total() > 0) {
            progressBar.setIndeterminate(true);
            progressText.setText("All " + state.total() + " rows prepared; saving the changes to the directory…");
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
            Notification.show("Applied: " + plan.added() + " new, " + plan.changed() + " changed, " + plan.deactivated()
                    + " deactivated.", 5000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } else {
            Notification.show(state.message() == null ? "The import failed and changed nothing." : state.message(), 8000,
                    Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        history.getDataProvider().refreshAll();
    }
}
