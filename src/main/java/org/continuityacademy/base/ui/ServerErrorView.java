package org.continuityacademy.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.InternalServerError;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.continuityacademy.base.db.DatabaseTrouble;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shown when a view cannot open because of a failure. When the database cannot be reached, a page that says so and
 * offers to try again (503; no main layout, which would need the database itself); any other failure is Vaadin's
 * own error page, which logs the failure (and shows its stack trace in development mode only).
 */
@AnonymousAllowed
public class ServerErrorView extends InternalServerError implements HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(ServerErrorView.class);

    private boolean database;

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        database = DatabaseTrouble.isUnavailable(parameter.getCaughtException());
        if (!database) {
            return super.setErrorParameter(event, parameter);
        }
        log.warn("'{}' could not open because the database cannot be reached; the person was asked to try again: {}",
                event.getLocation().getPath(), FriendlyErrors.Handler.root(parameter.getCaughtException()));
        getElement().removeAllChildren();
        getElement().setText("");
        getElement().getClassList().add("academy-view");
        var heading = new H1(getTranslation("error.database.heading"));
        var explanation = new Paragraph(getTranslation("error.database.explanation"));
        var again = new Anchor(event.getLocation().getPathWithQueryParameters(), getTranslation("error.database.try-again"));
        again.setId("try-again");
        // a full page load, so the layout (which also needs the database) comes back with the view
        again.setRouterIgnore(true);
        getElement().appendChild(heading.getElement(), explanation.getElement(), again.getElement());
        return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
    }

    @Override
    public String getPageTitle() {
        return getTranslation(database ? "error.database.title" : "error.unexpected.title");
    }
}
