package org.continuityacademy.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

/**
 * Page titles in the person's language. A view names its title by a bundle key ({@code @PageTitle("employees.title")},
 * the same key as its {@code @Menu} title), or implements {@link HasDynamicTitle} and returns translated text; after
 * each navigation the browser's title becomes the translated one.
 */
@org.springframework.stereotype.Component
class PageTitles implements VaadinServiceInitListener {

    static final String APP_NAME = "app.name";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addAfterNavigationListener(navigation -> {
            var chain = navigation.getActiveChain();
            if (!chain.isEmpty() && chain.getFirst() instanceof Component view) {
                String title = of(view);
                init.getUI().getPage().setTitle(title.equals(view.getTranslation(APP_NAME)) ? title
                        : title + " · " + view.getTranslation(APP_NAME));
            }
        }));
    }

    /** The translated title of a view: its dynamic title, or its {@code @PageTitle} key translated, or the app's name. */
    static String of(Component view) {
        if (view instanceof HasDynamicTitle dynamic) {
            return dynamic.getPageTitle();
        }
        PageTitle key = view.getClass().getAnnotation(PageTitle.class);
        return view.getTranslation(key == null ? APP_NAME : key.value());
    }
}
