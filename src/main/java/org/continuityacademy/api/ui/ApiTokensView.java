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
import java.time.Clock;
import org.continuityacademy.api.ApiTokenRejected;
import org.continuityacademy.api.ApiTokenRow;
import org.continuityacademy.api.ApiTokens;
import org.continuityacademy.base.i18n.Formats;
import org.continuityacademy.base.i18n.Messages;
import org.continuityacademy.base.ui.Badge;
import org.continuityacademy.base.ui.ViewHeader;
import org.continuityacademy.security.AppRoles;

/** Administrators create the tokens other systems read the REST API with, see when each was last used, and revoke them. */
@Route("admin/api-tokens")
@PageTitle("api-tokens.title")
@Menu(order = 92, icon = "vaadin:connect", title = "api-tokens.title")
@RolesAllowed(AppRoles.ADMIN)
class ApiTokensView extends Main {

    private final ApiTokens tokens;
    private final Clock clock;
    private final Formats formats = Formats.current();
    final Grid<ApiTokenRow> grid = new Grid<>();
    final Button create = new Button(getTranslation("api-tokens.new"), VaadinIcon.PLUS.create());

    ApiTokensView(ApiTokens tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
        addClassNames("academy-view", "flex", "flex-col", "h-full");

        // widths that fit a laptop screen beside the navigation; details are in the tooltips
        grid.addColumn(ApiTokenRow::name).setHeader(getTranslation("api-tokens.column.name")).setWidth("6rem").setFlexGrow(2)
                .setTooltipGenerator(ApiTokenRow::name);
        // the prefix is what people match against the token in a system's settings: never cut it off
        grid.addColumn(t -> t.prefix() + "…").setHeader(getTranslation("api-tokens.column.token")).setWidth("9.5rem").setFlexGrow(0);
        grid.addComponentColumn(this::scopes).setHeader(getTranslation("api-tokens.column.scopes")).setWidth("7rem").setFlexGrow(1);
        grid.addColumn(t -> formats.date(t.createdAt())).setHeader(getTranslation("api-tokens.column.created")).setWidth("7.5rem")
                .setFlexGrow(0).setTooltipGenerator(t -> getTranslation("api-tokens.created.tooltip", formats.dateTime(t.createdAt()),
                        t.createdBy()));
        grid.addColumn(t -> formats.date(t.expiresAt())).setHeader(getTranslation("api-tokens.column.expires")).setWidth("7.5rem")
                .setFlexGrow(0).setTooltipGenerator(t -> getTranslation("api-tokens.expires.tooltip", formats.dateTime(t.expiresAt())));
        grid.addColumn(t -> formats.date(t.lastUsedAt(), getTranslation("api-tokens.never"))).setHeader(getTranslation("api-tokens.column.last-used"))
                .setWidth("7.5rem").setFlexGrow(0)
                .setTooltipGenerator(t -> t.lastUsedAt() == null ? getTranslation("api-tokens.last-used.never")
                        : getTranslation("api-tokens.last-used.tooltip", formats.dateTime(t.lastUsedAt())));
        grid.addComponentColumn(this::state).setHeader(getTranslation("api-tokens.column.state")).setWidth("6.5rem").setFlexGrow(0);
        grid.addComponentColumn(this::revokeButton).setKey("revoke").setHeader("").setWidth("6rem").setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("api-tokens.empty"));
        grid.setItems(query -> tokens.page(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) tokens.count());
        grid.setSizeFull();

        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> new NewTokenDialog(tokens, clock, created -> {
            grid.getDataProvider().refreshAll();
            new TokenCreatedDialog(created).open();
        }).open());

        var docs = new Anchor("/swagger-ui/index.html", getTranslation("api-tokens.documentation"));
        docs.setTarget("_blank");
        docs.addClassNames("self-center");
        add(new ViewHeader(getTranslation("api-tokens.explanation"), create, docs), grid);
    }

    private Div scopes(ApiTokenRow token) {
        var badges = new Div();
        token.scopes().stream().sorted().forEach(scope -> badges.add(new Badge(getTranslation(Messages.labelKey(scope)))));
        if (token.scopes().isEmpty()) {
            badges.add(new Span(getTranslation("api-tokens.scopes.none")));
        }
        return badges;
    }

    private Badge state(ApiTokenRow token) {
        return switch (token.state(clock.instant())) {
            case ACTIVE -> {
                var badge = new Badge("✓ " + getTranslation("api-tokens.state.active"));
                badge.addClassName("ready");
                yield badge;
            }
            case EXPIRED -> {
                var badge = new Badge(getTranslation("api-tokens.state.expired"), true);
                badge.setTitle(getTranslation("api-tokens.state.expired.tooltip", formats.date(token.expiresAt())));
                yield badge;
            }
            case REVOKED -> {
                var badge = new Badge("✗ " + getTranslation("api-tokens.state.revoked"));
                badge.addClassName("not-ready");
                badge.setTitle(getTranslation("api-tokens.state.revoked.tooltip", formats.dateTime(token.revokedAt(), ""),
                        String.valueOf(token.revokedBy())));
                yield badge;
            }
        };
    }

    private Button revokeButton(ApiTokenRow token) {
        var revoke = new Button(getTranslation("api-tokens.revoke"), e -> confirmRevoke(token));
        revoke.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        revoke.setAriaLabel(getTranslation("api-tokens.revoke.aria", token.name()));
        revoke.setVisible(token.revokedAt() == null);
        return revoke;
    }

    private void confirmRevoke(ApiTokenRow token) {
        var confirm = new ConfirmDialog(getTranslation("api-tokens.revoke.title", token.name()),
                getTranslation("api-tokens.revoke.text", token.prefix()), getTranslation("api-tokens.revoke"), e -> {
                    e.getSource().close(); // before the notification, which would otherwise join the closing dialog
                    revoke(token);
                });
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("api-tokens.revoke.keep"));
        confirm.open();
    }

    void revoke(ApiTokenRow token) {
        try {
            var revoked = tokens.revoke(token.id());
            grid.getDataProvider().refreshAll();
            Notification.show(getTranslation("api-tokens.revoked", revoked.name()), 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (ApiTokenRejected rejected) {
            grid.getDataProvider().refreshAll();
            Notification.show(rejected.getMessage(), 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }
}
