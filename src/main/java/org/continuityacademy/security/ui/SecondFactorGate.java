package org.continuityacademy.security.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.continuityacademy.security.CurrentUser;
import org.springframework.stereotype.Component;

/** Sends someone who owes a second factor to the second-factor page, whichever view they asked for. */
@Component
class SecondFactorGate implements VaadinServiceInitListener {

    private final CurrentUser currentUser;

    SecondFactorGate(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(enter -> {
            if (enter.getNavigationTarget() != SecondFactorView.class
                    && currentUser.hasAuthority(org.continuityacademy.security.SecondFactor.NEEDED)) {
                enter.forwardTo(SecondFactorView.class);
            }
        }));
    }
}
