package org.continuityacademy.directory.ui;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;
import org.continuityacademy.base.i18n.Formats;
import org.continuityacademy.security.MyPasskeys;
import org.continuityacademy.security.MyPasskeys.Passkey;

/**
 * The signed-in person's passkeys: which they have (name, when added, when last used), removing one they no longer
 * have, and adding one on this device. Adding goes through the browser's WebAuthn API and Spring Security's endpoints
 * ({@code js/passkeys.js}); every passkey added or removed is in the audit trail.
 */
class PasskeysDialog extends Dialog {

    private final MyPasskeys passkeys;
    final Div list = new Div();
    final TextField label = new TextField();
    final Button add = new Button();
    final Paragraph problem = new Paragraph();

    PasskeysDialog(MyPasskeys passkeys) {
        this.passkeys = passkeys;
        setHeaderTitle(getTranslation("passkeys.title"));
        setWidth("min(34rem, 95vw)");
        getElement().executeJs("if (!window.academyPasskeys) { const s = document.createElement('script');"
                + " s.src = 'js/passkeys.js'; document.head.appendChild(s); }");

        var explain = new Paragraph(getTranslation("passkeys.explain"));
        list.addClassNames("flex", "flex-col", "gap-s");
        problem.setVisible(false);
        problem.addClassName("academy-problem");
        problem.getElement().setAttribute("role", "alert");

        var addHeading = new H3(getTranslation("passkeys.add.heading"));
        addHeading.addClassNames("text-m", "mt-m", "mb-xs");
        label.setLabel(getTranslation("second-factor.passkey.label"));
        label.setValue(getTranslation("second-factor.passkey.label-default"));
        label.setMaxLength(100);
        add.setText(getTranslation("passkeys.add"));
        add.addClickListener(e -> addPasskey());
        add.setDisableOnClick(true);
        var addRow = new Div(label, add);
        addRow.addClassNames("flex", "items-baseline", "gap-s", "flex-wrap");

        add(explain, list, problem, addHeading, addRow);
        getFooter().add(new Button(getTranslation("passkeys.close"), e -> close()));
        refresh();
    }

    private void refresh() {
        list.removeAll();
        var mine = passkeys.mine();
        if (mine.isEmpty()) {
            list.add(new Paragraph(getTranslation("passkeys.none")));
        }
        Formats formats = Formats.current();
        String never = getTranslation("passkeys.never-used");
        for (Passkey passkey : mine) {
            var name = new Span(passkey.label());
            name.addClassName("font-semibold");
            var when = new Span(getTranslation("passkeys.dates", formats.dateTime(passkey.created(), "?"),
                    formats.dateTime(passkey.lastUsed(), never)));
            when.addClassNames("text-s", "text-secondary");
            var text = new Div(name, when);
            text.addClassNames("flex", "flex-col");
            var remove = new Button(getTranslation("passkeys.remove"), e -> remove(passkey));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            remove.setAriaLabel(getTranslation("passkeys.remove.aria", passkey.label()));
            var row = new Div(text, remove);
            row.addClassNames("flex", "justify-between", "items-center", "gap-m");
            list.add(row);
        }
    }

    void remove(Passkey passkey) {
        passkeys.remove(passkey.id());
        refresh();
        Notification.show(getTranslation("passkeys.removed", passkey.label()), 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private void addPasskey() {
        problem.setVisible(false);
        String name = label.getValue() == null || label.getValue().isBlank()
                ? getTranslation("second-factor.passkey.label-default") : label.getValue().strip();
        getElement().executeJs("""
                const dialog = $0;
                window.academyPasskeys.register($1).then(() => dialog.$server.passkeyAdded())
                    .catch(e => dialog.$server.passkeyFailed(String(e && e.message || e)));
                """, getElement(), name);
    }

    @ClientCallable
    void passkeyAdded() {
        add.setEnabled(true);
        refresh();
        Notification.show(getTranslation("passkeys.added"), 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    @ClientCallable
    void passkeyFailed(String reason) {
        add.setEnabled(true);
        problem.setText(getTranslation("passkeys.failed"));
        problem.setVisible(true);
    }
}
