/** Who holds which continuity role, for which critical service, as primary or deputy, with the history. */
@NullMarked
package org.continuityacademy.continuity;

import org.jspecify.annotations.NullMarked;
