package org.continuityacademy.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Set;

/**
 * Where a single sign-on that the app refused lands: what happened, in plain words, and what to do (ask HR, or try
 * again). It names no account and nothing about anyone else.
 */
@Route(value = "sign-in-problem", autoLayout = false)
@PageTitle("sign-in-problem.title")
@AnonymousAllowed
public class SignInProblemView extends Main implements BeforeEnterObserver {

    static final Set<String> REASONS = Set.of("not-in-directory", "email-not-verified", "left-organisation", "account-disabled",
            "provider-unavailable", "failed");

    private final Paragraph what = new Paragraph();
    private final Paragraph next = new Paragraph();

    SignInProblemView() {
        addClassName("academy-login");
        var heading = new H1(getTranslation("sign-in-problem.heading"));
        what.addClassName("academy-login-intro");
        next.addClassName("academy-login-intro");
        var back = new Anchor("login", getTranslation("sign-in-problem.back"));
        add(heading, what, next, back);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String reason = event.getLocation().getQueryParameters().getParameters().getOrDefault("reason", List.of("failed"))
                .stream().findFirst().filter(REASONS::contains).orElse("failed");
        what.setText(getTranslation("sign-in-problem." + reason + ".what"));
        next.setText(getTranslation("sign-in-problem." + reason + ".next"));
    }
}
