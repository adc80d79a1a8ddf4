/** Views of the catalogue: the module list with load status, and module and question bank previews. */
@NullMarked
package org.continuityacademy.catalogue.ui;

import org.jspecify.annotations.NullMarked;
