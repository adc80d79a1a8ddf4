package org.continuityacademy.directory.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import org.continuityacademy.base.i18n.Formats;
import org.continuityacademy.base.i18n.Messages;
import org.continuityacademy.base.ui.Badge;
import org.continuityacademy.base.ui.SearchField;
import org.continuityacademy.base.ui.ViewHeader;
import org.continuityacademy.directory.AccountAdministration;
import org.continuityacademy.directory.AccountChangeRefused;
import org.continuityacademy.directory.AccountRow;
import org.continuityacademy.security.AppRoles;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.continuityacademy.directory.AccountChangeRefused;
import org.continuityacademy.directory.Invitations;
import org.continuityacademy.directory.PasswordResets;

/** Administrators list accounts, decide who holds which app role, and unlock an account locked by failed sign-ins. */
@Route("admin/accounts")
@PageTitle("accounts.title")
@Menu(order = 90, icon = "vaadin:key", title = "accounts.title")
@RolesAllowed(AppRoles.ADMIN)
class AccountsView extends Main {

    private final AccountAdministration administration;
    final SearchField search = new SearchField(getTranslation("accounts.search.placeholder"), getTranslation("accounts.search.label"),
            this::refreshGrid);
    final Grid<AccountRow> grid = new Grid<>();

    private final Invitations invitations;
    private final PasswordResets resets;

    AccountsView(AccountAdministration administration, Invitations invitations, PasswordResets resets) {
        this.administration = administration;
        this.invitations = invitations;
        this.resets = resets;
        addClassNames("academy-view", "flex", "flex-col", "h-full");

        Formats formats = Formats.current();
        String never = getTranslation("accounts.never");
        // a narrow table: who (name, and the user name and e-mail below it), what they may do, how they stand, and the
        // actions, so that it fits a laptop screen without scrolling sideways
        grid.addComponentColumn(this::who).setKey("name").setHeader(getTranslation("accounts.column.name"))
                .setSortProperty("displayName").setFlexGrow(4);
        grid.addComponentColumn(this::roles).setHeader(getTranslation("accounts.column.roles")).setFlexGrow(2);
        grid.addComponentColumn(a -> status(a, formats, never)).setKey("status").setHeader(getTranslation("accounts.column.status"))
                .setSortProperty("lastLoginAt").setWidth("12rem").setFlexGrow(0);
        grid.addComponentColumn(this::passwordActions).setKey("password").setHeader(getTranslation("accounts.column.password"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::editButton).setKey("edit").setHeader("").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::unlockButton).setKey("unlock").setHeader("").setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("accounts.empty"));
        grid.setItems(query -> administration.search(search.getValue(),
                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) administration.count(search.getValue()));
        grid.setSizeFull();

        add(new ViewHeader(getTranslation("accounts.explanation"), search), grid);
    }

    /** The name, and below it the user name and e-mail address (one of them when they are the same). */
    private Div who(AccountRow account) {
        var name = new Span(account.displayName());
        var details = new Span(account.email() == null || account.email().equalsIgnoreCase(account.username())
                ? account.username()
                : account.username() + " · " + account.email());
        details.addClassNames("text-secondary", "text-s");
        // one line, cut short with "…" when the column is narrow; the whole of it on hover
        details.getStyle().set("white-space", "nowrap").set("overflow", "hidden").set("text-overflow", "ellipsis");
        details.setTitle(details.getText());
        var who = new Div(name, details);
        who.addClassNames("flex", "flex-col");
        who.getStyle().set("min-width", "0");
        return who;
    }

    private Div roles(AccountRow account) {
        var badges = new Div();
        badges.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-xs)");
        account.roles().stream().sorted().forEach(role -> badges.add(new Badge(getTranslation(Messages.labelKey(role)))));
        if (account.roles().isEmpty()) {
            badges.add(new Span(getTranslation("accounts.roles.none")));
        }
        return badges;
    }

    /**
     * Active or disabled; "locked until …" while too many failed sign-ins keep the person out; and when they last
     * signed in.
     */
    private Div status(AccountRow account, Formats formats, String never) {
        var status = new Div(new Badge(getTranslation(account.enabled() ? "accounts.status.active" : "accounts.status.disabled"),
                !account.enabled()));
        status.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-xs)");
        if (account.lockedUntil() != null) {
            var locked = new Badge(getTranslation("accounts.status.locked", formats.dateTime(account.lockedUntil())));
            locked.addClassName("at-risk");
            status.add(locked);
        }
        var last = new Span(getTranslation("accounts.last-sign-in", formats.dateTime(account.lastSignIn(), never)));
        last.addClassNames("text-secondary", "text-s");
        last.getStyle().set("flex-basis", "100%");
        status.add(last);
        return status;
    }

    /** Shown for a locked account only: lets the person try again now rather than when the lock ends. */
    private Button unlockButton(AccountRow account) {
        var unlock = new Button(getTranslation("accounts.unlock"), e -> {
            try {
                administration.unlock(account.id());
                grid.getDataProvider().refreshAll();
                Notification.show(getTranslation("accounts.unlocked", account.displayName()), 3000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (AccountChangeRefused refused) {
                grid.getDataProvider().refreshAll();
                Notification.show(refused.getMessage(), 6000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        unlock.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        unlock.setAriaLabel(getTranslation("accounts.unlock.aria", account.displayName()));
        unlock.setVisible(account.locked());
        return unlock;
    }

    private Button editButton(AccountRow account) {
        var edit = new Button(getTranslation("accounts.edit"), e -> new AccountAccessDialog(account, administration,
                changed -> grid.getDataProvider().refreshItem(changed, true)).open());
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        edit.setAriaLabel(getTranslation("accounts.edit.aria", account.displayName()));
        return edit;
    }

    /**
     * What an administrator can do about a password: send the invitation again (no password yet), or clear the
     * password and send a reset link. Both need the account's e-mail address.
     */
    private Div passwordActions(AccountRow account) {
        var actions = new Div();
        actions.addClassNames("flex", "gap-xs", "items-center");
        if (account.email() == null) {
            actions.add(new Span(getTranslation("accounts.password.no-email")));
            return actions;
        }
        if (!account.localPassword()) {
            var resend = new Button(getTranslation("accounts.invite"), e -> resend(account));
            resend.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            resend.setAriaLabel(getTranslation("accounts.invite.aria", account.displayName()));
            actions.add(resend);
        }
        var reset = new Button(getTranslation("accounts.reset"), e -> confirmReset(account));
        reset.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        reset.setAriaLabel(getTranslation("accounts.reset.aria", account.displayName()));
        actions.add(reset);
        return actions;
    }

    void resend(AccountRow account) {
        try {
            invitations.resend(account.id());
            Notification.show(getTranslation("accounts.invite.sent", account.displayName(), account.email()), 5000,
                    Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (AccountChangeRefused refused) {
            Notification.show(refused.getMessage(), 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private void confirmReset(AccountRow account) {
        var confirm = new ConfirmDialog(getTranslation("accounts.reset.title", account.displayName()),
                getTranslation("accounts.reset.text", account.displayName(), account.email()), getTranslation("accounts.reset.confirm"),
                e -> {
                    e.getSource().close(); // before the notification, which would otherwise join the closing dialog
                    reset(account);
                });
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("accounts.reset.keep"));
        confirm.open();
    }

    void reset(AccountRow account) {
        try {
            resets.force(account.id());
            Notification.show(getTranslation("accounts.reset.sent", account.displayName(), account.email()), 5000,
                    Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            grid.getDataProvider().refreshAll();
        } catch (AccountChangeRefused refused) {
            Notification.show(refused.getMessage(), 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private void refreshGrid() {
        grid.getDataProvider().refreshAll();
    }
}
