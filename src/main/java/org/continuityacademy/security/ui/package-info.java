/** The sign-in view. */
@NullMarked
package org.continuityacademy.security.ui;

import org.jspecify.annotations.NullMarked;
