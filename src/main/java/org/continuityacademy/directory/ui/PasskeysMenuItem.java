package org.continuityacademy.directory.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.continuityacademy.base.ui.UserMenuItem;
import org.continuityacademy.security.AppUserPrincipal;
import org.continuityacademy.security.MyPasskeys;
import org.springframework.core.annotation.Order;

/** "Passkeys" in the user menu, for people with a local account (single sign-on leaves sign-in to the provider). */
@org.springframework.stereotype.Component
@Order(20)
class PasskeysMenuItem implements UserMenuItem {

    private final MyPasskeys passkeys;

    PasskeysMenuItem(MyPasskeys passkeys) {
        this.passkeys = passkeys;
    }

    @Override
    public boolean shownFor(AppUserPrincipal user) {
        return !user.viaSingleSignOn();
    }

    @Override
    public Component label() {
        return new Span(new Icon(VaadinIcon.KEY_O), new Span(" " + UI.getCurrent().getTranslation("passkeys.menu")));
    }

    @Override
    public void select() {
        new PasskeysDialog(passkeys).open();
    }
}
