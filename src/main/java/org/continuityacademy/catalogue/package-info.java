/** The training catalogue: modules, question banks and the continuity role catalogue read from content/. */
@NullMarked
package org.continuityacademy.catalogue;

import org.jspecify.annotations.NullMarked;
