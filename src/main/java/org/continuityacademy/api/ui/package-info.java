/** The administrator's view of API tokens. */
@NullMarked
package org.continuityacademy.api.ui;

import org.jspecify.annotations.NullMarked;
