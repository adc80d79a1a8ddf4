/** The evidence packs view: ask for a pack, watch it being generated, download it. */
@NullMarked
package org.continuityacademy.evidence.ui;

import org.jspecify.annotations.NullMarked;
