/** The coverage dashboard. */
@NullMarked
package org.continuityacademy.coverage.ui;

import org.jspecify.annotations.NullMarked;
