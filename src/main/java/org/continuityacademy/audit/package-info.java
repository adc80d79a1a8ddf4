/** The audit trail: an append-only record of who changed what, when, with the state before and after. */
@NullMarked
package org.continuityacademy.audit;

import org.jspecify.annotations.NullMarked;
