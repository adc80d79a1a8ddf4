package org.continuityacademy.directory.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import org.continuityacademy.base.ui.Badge;
import org.continuityacademy.base.ui.Dates;
import org.continuityacademy.base.ui.SearchField;
import org.continuityacademy.base.ui.ViewHeader;
import org.continuityacademy.directory.AccountAdministration;
import org.continuityacademy.directory.AccountRow;
import org.continuityacademy.security.AppRoles;

/** Administrators list accounts and decide who holds which app role. */
@Route("admin/accounts")
@PageTitle("accounts.title")
@Menu(order = 90, icon = "vaadin:key", title = "accounts.title")
@RolesAllowed(AppRoles.ADMIN)
class AccountsView extends Main {

    private final AccountAdministration administration;
    final SearchField search = new SearchField("Name, user name or e-mail", "Search accounts", this::refreshGrid);
    final Grid<AccountRow> grid = new Grid<>();

    AccountsView(AccountAdministration administration) {
        this.administration = administration;
        addClassNames("academy-view", "flex", "flex-col", "h-full");


        grid.addColumn(AccountRow::displayName).setHeader("Name").setSortProperty("displayName").setFlexGrow(2);
        grid.addColumn(AccountRow::username).setHeader("User name").setSortProperty("username");
        grid.addColumn(a -> a.email() == null ? "" : a.email()).setHeader("E-mail").setSortProperty("email").setFlexGrow(2);
        grid.addComponentColumn(AccountsView::roles).setHeader("App roles").setFlexGrow(3);
        grid.addComponentColumn(a -> new Badge(a.enabled() ? "Active" : "Disabled", !a.enabled())).setHeader("Status");
        grid.addColumn(a -> Dates.dateTime(a.lastSignIn(), "Never")).setHeader("Last sign-in")
                .setSortProperty("lastLoginAt").setAutoWidth(true);
        grid.addComponentColumn(this::editButton).setKey("edit").setHeader("").setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText("No account matches this search.");
        grid.setItems(query -> administration.search(search.getValue(),
                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) administration.count(search.getValue()));
        grid.setSizeFull();

        add(new ViewHeader("Who can sign in, and which app roles they hold. App roles decide what a person "
                + "may do in Continuity Academy; continuity roles are assigned elsewhere.", search), grid);
    }

    private static Div roles(AccountRow account) {
        var badges = new Div();
        account.roles().stream().sorted().forEach(role -> badges.add(new Badge(role.label())));
        if (account.roles().isEmpty()) {
            badges.add(new Span("None"));
        }
        return badges;
    }

    private Button editButton(AccountRow account) {
        var edit = new Button("Edit access", e -> new AccountAccessDialog(account, administration,
                changed -> grid.getDataProvider().refreshItem(changed, true)).open());
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        edit.setAriaLabel("Edit access of " + account.displayName());
        return edit;
    }


    private void refreshGrid() {
        grid.getDataProvider().refreshAll();
    }
}
