/** The continuity manager's campaign list, editor and run history (HR reads them). */
@NullMarked
package org.continuityacademy.campaigns.ui;

import org.jspecify.annotations.NullMarked;
