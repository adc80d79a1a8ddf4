package org.continuityacademy.api.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import org.continuityacademy.api.ApiScope;
import org.continuityacademy.api.ApiTokenRejected;
import org.continuityacademy.api.ApiTokenRow;
import org.continuityacademy.api.ApiTokens;
import org.continuityacademy.base.ui.Badge;
import org.continuityacademy.base.ui.Dates;
import org.continuityacademy.base.ui.ViewHeader;
import org.continuityacademy.security.AppRoles;

/** Administrators create the tokens other systems read the REST API with, see when each was last used, and revoke them. */
@Route("admin/api-tokens")
@PageTitle("api-tokens.title")
@Menu(order = 92, icon = "vaadin:connect", title = "api-tokens.title")
@RolesAllowed(AppRoles.ADMIN)
class ApiTokensView extends Main {

    private final ApiTokens tokens;
    final Grid<ApiTokenRow> grid = new Grid<>();
    final Button create = new Button("New token", VaadinIcon.PLUS.create());

    ApiTokensView(ApiTokens tokens) {
        this.tokens = tokens;
        addClassNames("academy-view", "flex", "flex-col", "h-full");

        // widths that fit a laptop screen beside the navigation; details are in the tooltips
        grid.addColumn(ApiTokenRow::name).setHeader("Name").setWidth("6rem").setFlexGrow(2)
                .setTooltipGenerator(ApiTokenRow::name);
        // the prefix is what people match against the token in a system's settings: never cut it off
        grid.addColumn(t -> t.prefix() + "…").setHeader("Token").setWidth("9.5rem").setFlexGrow(0);
        grid.addComponentColumn(ApiTokensView::scopes).setHeader("May read").setWidth("7rem").setFlexGrow(1);
        grid.addColumn(t -> Dates.date(t.createdAt(), "")).setHeader("Created").setWidth("7.5rem").setFlexGrow(0)
                .setTooltipGenerator(t -> "Created " + Dates.dateTime(t.createdAt(), "") + " by " + t.createdBy());
        grid.addColumn(t -> Dates.date(t.expiresAt(), "")).setHeader("Expires").setWidth("7.5rem").setFlexGrow(0);
        grid.addColumn(t -> Dates.date(t.lastUsedAt(), "Never")).setHeader("Last used").setWidth("7.5rem").setFlexGrow(0)
                .setTooltipGenerator(t -> t.lastUsedAt() == null ? "Not used yet" : "Last used " + Dates.dateTime(t.lastUsedAt(), ""));
        grid.addComponentColumn(ApiTokensView::state).setHeader("State").setWidth("6.5rem").setFlexGrow(0);
        grid.addComponentColumn(this::revokeButton).setKey("revoke").setHeader("").setWidth("6rem").setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText("No API token yet. Create one for each system that reads the API.");
        grid.setItems(query -> tokens.page(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) tokens.count());
        grid.setSizeFull();

        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> new NewTokenDialog(tokens, created -> {
            grid.getDataProvider().refreshAll();
            new TokenCreatedDialog(created).open();
        }).open());

        var docs = new Anchor("/swagger-ui/index.html", "API documentation");
        docs.setTarget("_blank");
        docs.addClassNames("self-center");
        add(new ViewHeader("Tokens let other systems, such as a BI tool or a learning record store, read Continuity "
                + "Academy's REST API. Give each system its own token with only what it needs, and revoke a token as soon "
                + "as it is no longer used.", create, docs), grid);
    }

    private static Div scopes(ApiTokenRow token) {
        var badges = new Div();
        token.scopes().stream().sorted().map(ApiScope::label).forEach(label -> badges.add(new Badge(label)));
        if (token.scopes().isEmpty()) {
            badges.add(new Span("Nothing"));
        }
        return badges;
    }

    private static Badge state(ApiTokenRow token) {
        var state = token.state(Instant.now());
        var badge = switch (state) {
            case ACTIVE -> new Badge("✓ " + state.label());
            case EXPIRED -> new Badge("Expired", true);
            case REVOKED -> new Badge("✗ " + state.label());
        };
        switch (state) {
            case ACTIVE -> badge.addClassName("ready");
            case REVOKED -> {
                badge.addClassName("not-ready");
                badge.setTitle("Revoked " + Dates.dateTime(token.revokedAt(), "") + " by " + token.revokedBy());
            }
            case EXPIRED -> badge.setTitle("Stopped working on " + Dates.date(token.expiresAt(), ""));
        }
        return badge;
    }

    private Button revokeButton(ApiTokenRow token) {
        var revoke = new Button("Revoke", e -> confirmRevoke(token));
        revoke.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        revoke.setAriaLabel("Revoke " + token.name());
        revoke.setVisible(token.revokedAt() == null);
        return revoke;
    }

    private void confirmRevoke(ApiTokenRow token) {
        var confirm = new ConfirmDialog("Revoke “" + token.name() + "”?",
                "Any system using this token (" + token.prefix() + "…) loses access at once. This cannot be undone: "
                        + "to give access again, create a new token.", "Revoke", e -> revoke(token));
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.setCancelText("Keep it");
        confirm.open();
    }

    void revoke(ApiTokenRow token) {
        try {
            var revoked = tokens.revoke(token.id());
            grid.getDataProvider().refreshAll();
            Notification.show("“" + revoked.name() + "” is revoked.", 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (ApiTokenRejected rejected) {
            grid.getDataProvider().refreshAll();
            Notification.show(rejected.getMessage(), 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }
}
