package org.continuityacademy.base.ui;

import com.vaadin.flow.component.Component;
import org.continuityacademy.security.AppUserPrincipal;

/**
 * An entry a feature adds to the user menu, above "Sign out" (such as "Change password"): a Spring bean, asked for
 * each main layout whether it applies to the signed-in person. Features add entries this way because {@code base}
 * does not depend on them. Entries appear in {@code @Order} order.
 */
public interface UserMenuItem {

    /** Whether the entry is in this person's menu. */
    boolean shownFor(AppUserPrincipal user);

    /** What the entry says (text and perhaps an icon), made anew for each menu. */
    Component label();

    /** What choosing the entry does, in the UI's thread. */
    void select();
}
