package org.continuityacademy.security;

import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * What a browser tab says when its session has ended (ended by an administrator or HR's list, or timed out): a
 * notice that the session has ended, in the person's language; a click or Esc then leads to the sign-in page. The
 * tab learns it at its next request, at the latest its heartbeat ({@code vaadin.heartbeatInterval}).
 */
@Component
class SessionEndedMessages implements VaadinServiceInitListener {

    private final I18NProvider i18n;

    SessionEndedMessages(I18NProvider i18n) {
        this.i18n = i18n;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().setSystemMessagesProvider(info -> {
            var messages = new CustomizedSystemMessages();
            messages.setSessionExpiredNotificationEnabled(true);
            messages.setSessionExpiredCaption(i18n.getTranslation("session-ended.caption", info.getLocale()));
            messages.setSessionExpiredMessage(i18n.getTranslation("session-ended.message", info.getLocale()));
            return messages;
        });
    }
}
