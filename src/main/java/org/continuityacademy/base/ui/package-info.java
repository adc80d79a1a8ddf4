/** The main layout, navigation, the not-found page and UI bits every feature shares. */
@NullMarked
package org.continuityacademy.base.ui;

import org.jspecify.annotations.NullMarked;
