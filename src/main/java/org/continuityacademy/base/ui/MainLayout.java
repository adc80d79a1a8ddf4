package org.continuityacademy.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.continuityacademy.base.i18n.Messages;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.popover.Popover;
import org.continuityacademy.security.AppUserPrincipal;
import org.continuityacademy.security.CurrentUser;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The frame around every signed-in view: side navigation listing only the views the signed-in person
 * may open, the view's title, the features' {@link TopBarItem}s and a user menu with sign-out.
 * <p>
 * The items come from Spring beans, which the production build's scan for components does not follow: {@code @Uses}
 * names the components they put into the layout, so that these are in the bundle loaded with it (without it the
 * notification bell's popover was not a defined element in production, and the bell opened nothing).
 */
@Uses(Popover.class)
@Layout
@PermitAll
public final class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final H1 viewTitle = new H1();
    private final SideNav nav = new SideNav();
    /**
     * The view scrolls in a scroller of its own rather than in the layout's content part: a keyboard user can scroll a
     * view without links or fields (My continuity of a person with no training) only in an element that takes focus,
     * and {@code <vaadin-scroller>} does (tabindex 0, with a focus ring), where the app layout's part cannot
     * (axe: scrollable-region-focusable, serious).
     */
    private final Scroller content = new Scroller();

    MainLayout(CurrentUser currentUser, AuthenticationContext authenticationContext, ObjectProvider<TopBarItem> topBarItems,
               ObjectProvider<UserMenuItem> userMenuItems) {
        AppUserPrincipal user = currentUser.require();
        setPrimarySection(Section.DRAWER);

        var toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("layout.menu"));
        viewTitle.addClassNames("text-l", "m-0");
        viewTitle.getStyle().set("flex-grow", "1");
        addToNavbar(true, toggle, viewTitle);
        topBarItems.orderedStream().forEach(item -> addToNavbar(true, item.create()));
        addToNavbar(true, userMenu(user, authenticationContext, userMenuItems));

        nav.getElement().setAttribute("aria-label", getTranslation("layout.navigation"));
        addToDrawer(brand(), new Scroller(nav));
        // Lumo draws the scroller's focus ring as a 2px shadow outside it, which the layout's content part would cut off:
        // 2px of room on every side keep the ring in sight when the view takes focus
        content.getStyle().set("margin", "2px");
        content.setWidth("calc(100% - 4px)");
        content.setHeight("calc(100% - 4px)");
        content.addClassName("academy-content");
        setContent(content);
    }

    @Override
    public void showRouterLayoutContent(HasElement view) {
        content.setContent(view == null ? null : view.getElement().getComponent().orElseThrow(
                () -> new IllegalArgumentException("a view of the layout must be a component")));
        // as AppLayout does: after navigating, a drawer over the view (a phone) closes
        if (isOverlay()) {
            setDrawerOpened(false);
        }
    }

    private Component brand() {
        var brand = new Div(VaadinIcon.SHIELD.create(), new Span(getTranslation(PageTitles.APP_NAME)));
        brand.addClassName("academy-brand");
        return brand;
    }

    private Component userMenu(AppUserPrincipal user, AuthenticationContext authenticationContext,
                               ObjectProvider<UserMenuItem> userMenuItems) {
        var avatar = new Avatar(user.displayName());
        avatar.addThemeName("xsmall");
        avatar.getElement().setAttribute("aria-hidden", "true");

        var menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        menu.getStyle().set("margin-inline-end", "var(--lumo-space-m)");
        var label = new Span(avatar, new Span(user.displayName()));
        label.addClassNames("flex", "items-center", "gap-s");
        var top = menu.addItem(label);
        top.getElement().setAttribute("aria-label", getTranslation("layout.user-menu", user.displayName()));

        var roles = user.roles().stream().sorted().map(role -> getTranslation(Messages.labelKey(role))).toList();
        var who = top.getSubMenu().addItem(getTranslation("layout.signed-in-as", user.getUsername()));
        who.setEnabled(false);
        if (!roles.isEmpty()) {
            top.getSubMenu().addItem(getTranslation("layout.app-roles", String.join(", ", roles))).setEnabled(false);
        }
        userMenuItems.orderedStream().filter(item -> item.shownFor(user))
                .forEach(item -> top.getSubMenu().addItem(item.label(), e -> item.select()));
        top.getSubMenu().addItem(new Span(new Icon(VaadinIcon.SIGN_OUT), new Span(" " + getTranslation("layout.sign-out"))),
                e -> authenticationContext.logout());
        return menu;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        // rebuilt on every navigation: entries depend on the signed-in user's roles
        nav.removeAll();
        MenuConfiguration.getMenuEntries().forEach(entry -> nav.addItem(item(entry)));
        viewTitle.setText(content.getContent() == null ? getTranslation(PageTitles.APP_NAME) : PageTitles.of(content.getContent()));
    }

    /** Menu titles are bundle keys (the view's {@code @Menu(title = …)}). */
    private SideNavItem item(MenuEntry entry) {
        String title = getTranslation(entry.title());
        return entry.icon() != null
                ? new SideNavItem(title, entry.path(), new Icon(entry.icon()))
                : new SideNavItem(title, entry.path());
    }
}
