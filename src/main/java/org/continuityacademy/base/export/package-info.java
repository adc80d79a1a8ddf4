/**
 * Tables as files: CSV (UTF-8 with a byte-order mark) and XLSX, with every text cell neutralised
 * against formula injection.
 */
@NullMarked
package org.continuityacademy.base.export;

import org.jspecify.annotations.NullMarked;
