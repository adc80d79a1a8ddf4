/** Dialogs and cards for continuity role assignments. */
@NullMarked
package org.continuityacademy.continuity.ui;

import org.jspecify.annotations.NullMarked;
