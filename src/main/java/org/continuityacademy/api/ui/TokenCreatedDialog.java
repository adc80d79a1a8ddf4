package org.continuityacademy.api.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import org.continuityacademy.api.NewApiToken;

/**
 * Shows a new token's text, the one time it can be seen: only its hash is stored. The dialog cannot be
 * closed by accident (no Escape, no click outside).
 */
class TokenCreatedDialog extends Dialog {

    final TextField token = new TextField(getTranslation("token-created.token"));
    final Button copy = new Button(getTranslation("token-created.copy"), VaadinIcon.COPY.create());
    final Button done = new Button(getTranslation("token-created.done"));

    TokenCreatedDialog(NewApiToken created) {
        setHeaderTitle(getTranslation("token-created.title", created.row().name()));
        setWidth("min(40rem, 95vw)");
        setCloseOnEsc(false);
        setCloseOnOutsideClick(false);

        token.setValue(created.token());
        token.setReadOnly(true);
        token.setWidthFull();
        token.addClassName("font-mono");
        copy.addClickListener(e -> {
            copy.getElement().executeJs("navigator.clipboard.writeText($0)", created.token());
            Notification.show(getTranslation("token-created.copied"), 2000, Notification.Position.BOTTOM_START);
        });
        add(new Paragraph(getTranslation("token-created.keep-it")), token, copy, new Paragraph(getTranslation("token-created.how-to-send")));

        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        done.addClickListener(e -> close());
        getFooter().add(done);
    }
}
