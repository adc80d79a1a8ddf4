/** Views of the critical-service register. */
@NullMarked
package org.continuityacademy.services.ui;

import org.jspecify.annotations.NullMarked;
