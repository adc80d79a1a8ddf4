package org.continuityacademy.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.io.IOException;
import org.continuityacademy.base.db.DatabaseTrouble;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a person sees when something fails after a view has opened (a click, a changed field): a notification, never
 * silence. When the database cannot be reached (restarting, a network failure) it says so and asks them to try again
 * in a minute; the app carries on by itself once the database is back. Anything else is logged with its stack trace (by
 * Vaadin's own handler) and the person is told that their last step may not have been done. A failure while opening
 * a view is shown by {@link ServerErrorView}.
 */
@org.springframework.stereotype.Component
class FriendlyErrors implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(new Handler()));
    }

    static final class Handler implements ErrorHandler {

        private static final Logger log = LoggerFactory.getLogger(FriendlyErrors.class);
        private final ErrorHandler vaadins = new DefaultErrorHandler();

        @Override
        public void error(ErrorEvent event) {
            Throwable failure = event.getThrowable();
            boolean database = DatabaseTrouble.isUnavailable(failure);
            if (database) {
                log.warn("A request failed because the database cannot be reached; the person was asked to try again: {}", root(failure));
            } else {
                vaadins.error(event);
                if (clientWentAway(failure)) {
                    return;
                }
            }
            UI ui = UI.getCurrent();
            if (ui != null) {
                var notification = new Notification(ui.getTranslation(database ? "error.database.notification" : "error.unexpected.notification"),
                        10_000, Notification.Position.MIDDLE);
                notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
                notification.addClassName(database ? "academy-error-database" : "academy-error-unexpected");
                notification.open();
            }
        }

        /** A browser that closed the connection (Vaadin's handler ignores these): nobody to tell. */
        private static boolean clientWentAway(Throwable failure) {
            for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (t instanceof IOException) {
                    return true;
                }
            }
            return false;
        }

        static String root(Throwable failure) {
            Throwable root = failure;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            return root.getClass().getSimpleName() + ": " + root.getMessage();
        }
    }
}
