/** The notification bell in the top bar and the list of the signed-in person's notifications. */
@NullMarked
package org.continuityacademy.notifications.ui;

import org.jspecify.annotations.NullMarked;
