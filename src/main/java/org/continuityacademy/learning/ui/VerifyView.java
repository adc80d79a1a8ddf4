package org.continuityacademy.learning.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.continuityacademy.base.i18n.Formats;
import org.continuityacademy.base.ui.Badge;
import org.continuityacademy.training.Certificates;
import org.continuityacademy.training.Verification;

/**
 * The public check of a certificate: anyone with the code printed on it can see whether it is genuine
 * and still valid. It shows the person's name and the module, nothing else about them.
 */
@Route(value = "verify/:code?", autoLayout = false)
@PageTitle("verify.title")
@AnonymousAllowed
class VerifyView extends Main implements BeforeEnterObserver {

    private final Certificates certificates;
    final TextField code = new TextField(getTranslation("verify.code"));
    final Button check = new Button(getTranslation("verify.check"));
    final Div result = new Div();

    VerifyView(Certificates certificates) {
        this.certificates = certificates;
        addClassNames("academy-login");
        var box = new Div();
        box.addClassNames("academy-card", "flex", "flex-col", "gap-s");
        box.setMaxWidth("32rem");
        var title = new H1(getTranslation("verify.title"));
        title.addClassNames("text-2xl", "m-0");
        code.setHelperText(getTranslation("verify.code.helper"));
        code.setWidthFull();
        code.setMaxLength(40);
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        check.addClickListener(e -> show(code.getValue()));
        check.addClickShortcut(Key.ENTER);
        result.setId("verification-result");
        result.getElement().setAttribute("aria-live", "polite");
        box.add(title, new Paragraph(getTranslation("verify.explanation", getTranslation("app.name"))), code, check, result);
        add(box);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getRouteParameters().get("code").ifPresent(c -> {
            code.setValue(c);
            show(c);
        });
    }

    private void show(String value) {
        result.removeAll();
        if (value == null || value.isBlank()) {
            code.setInvalid(true);
            code.setErrorMessage(getTranslation("verify.error.empty"));
            return;
        }
        code.setInvalid(false);
        Verification v = certificates.verify(value);
        if (!v.genuine()) {
            var badge = new Badge(getTranslation("verify.not-genuine"));
            badge.addClassName("not-ready");
            result.add(new H2(getTranslation("verify.not-genuine.heading")), badge,
                    new Paragraph(getTranslation("verify.not-genuine.text")));
            return;
        }
        var badge = new Badge(getTranslation(v.valid() ? "verify.valid" : "verify.expired"));
        badge.addClassName(v.valid() ? "ready" : "at-risk");
        Formats formats = Formats.current();
        String passed = getTranslation("verify.passed", v.moduleTitle(), v.moduleVersion(), formats.date(v.completedAt(), ""));
        String validity = getTranslation(v.valid() ? "verify.valid-until" : "verify.expired-on", formats.date(v.expiresAt(), ""));
        result.add(new H2(v.personName()), badge, new Paragraph(passed + " " + validity));
    }
}
