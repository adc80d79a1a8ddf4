package org.continuityacademy.directory.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.shared.Registration;
import org.continuityacademy.directory.EmployeeFilter;
import org.continuityacademy.directory.InvitationProgress;
import org.continuityacademy.directory.Invitations;

/**
 * HR's "invite everyone who has not signed in yet", for the people the employee list shows: first how many it will
 * invite, then, once confirmed, the invitations go out in the background and the dialog follows their progress.
 */
class InviteDialog extends Dialog {

    private final Invitations invitations;
    private final EmployeeFilter filter;
    final Paragraph summary = new Paragraph();
    final Button invite = new Button();
    final Button close = new Button(getTranslation("invite.cancel"), e -> close());
    final ProgressBar bar = new ProgressBar();
    final Span progressText = new Span();
    private long runId;
    private Registration polling;

    InviteDialog(Invitations invitations, EmployeeFilter filter) {
        this.invitations = invitations;
        this.filter = filter;
        setHeaderTitle(getTranslation("invite.title"));
        setWidth("min(32rem, 95vw)");

        long count = invitations.countToInvite(filter);
        summary.setText(getTranslation(count == 0 ? "invite.summary.none" : "invite.summary", count));
        var rules = new Paragraph(getTranslation("invite.rules"));
        rules.addClassNames("text-secondary", "text-s");
        bar.setVisible(false);
        bar.getElement().setAttribute("aria-label", getTranslation("invite.progress.aria"));
        progressText.setVisible(false);
        add(summary, rules, progressText, bar);

        invite.setText(getTranslation("invite.confirm", count));
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        invite.setEnabled(count > 0);
        invite.addClickListener(e -> start());
        getFooter().add(close, invite);
        addDetachListener(e -> stopPolling());
    }

    private void start() {
        invite.setEnabled(false);
        invite.setVisible(false);
        close.setText(getTranslation("invite.close"));
        runId = invitations.startInvitingEveryone(filter);
        bar.setVisible(true);
        bar.setIndeterminate(true);
        progressText.setVisible(true);
        progressText.setText(getTranslation("invite.progress.starting"));
        UI ui = UI.getCurrent();
        ui.setPollInterval(500);
        polling = ui.addPollListener(e -> follow());
    }

    /** Reads the run's progress; called on every poll until it ends. */
    void follow() {
        InvitationProgress state = invitations.progress(runId).orElse(null);
        if (state == null) {
            return;
        }
        if (!state.finished()) {
            bar.setIndeterminate(state.total() == 0);
            bar.setValue(state.total() == 0 ? 0 : Math.min(1.0, (double) state.done() / state.total()));
            progressText.setText(getTranslation("invite.progress", state.invited(), state.total()));
            return;
        }
        stopPolling();
        bar.setVisible(false);
        if ("DONE".equals(state.state())) {
            progressText.setText(getTranslation("invite.done", state.invited()));
            Notification.show(getTranslation("invite.done", state.invited()), 5000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } else {
            progressText.setText(getTranslation("invite.failed", state.invited()));
        }
    }

    private void stopPolling() {
        if (polling != null) {
            polling.remove();
            polling = null;
            getUI().ifPresent(ui -> ui.setPollInterval(-1));
        }
    }

    long runId() {
        return runId;
    }
}
