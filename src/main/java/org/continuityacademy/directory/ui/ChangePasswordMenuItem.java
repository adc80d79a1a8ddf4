package org.continuityacademy.directory.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.continuityacademy.base.ui.UserMenuItem;
import org.continuityacademy.directory.Passwords;
import org.continuityacademy.security.AppUserPrincipal;
import org.springframework.core.annotation.Order;

/** "Change password" in the user menu, for people who signed in with a password here (not through single sign-on). */
@org.springframework.stereotype.Component
@Order(10)
class ChangePasswordMenuItem implements UserMenuItem {

    private final Passwords passwords;

    ChangePasswordMenuItem(Passwords passwords) {
        this.passwords = passwords;
    }

    @Override
    public boolean shownFor(AppUserPrincipal user) {
        return !user.viaSingleSignOn();
    }

    @Override
    public Component label() {
        return new Span(new Icon(VaadinIcon.PASSWORD), new Span(" " + UI.getCurrent().getTranslation("change-password.menu")));
    }

    @Override
    public void select() {
        new ChangePasswordDialog(passwords).open();
    }
}
