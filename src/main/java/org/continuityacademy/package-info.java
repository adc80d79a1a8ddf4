/** Continuity Academy: IT service continuity training, role readiness and evidence. */
@NullMarked
package org.continuityacademy;

import org.jspecify.annotations.NullMarked;
