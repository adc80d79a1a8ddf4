/**
 * Refresher campaigns: modules for an audience on a schedule (a Quartz trigger per active campaign),
 * launched idempotently in batches, with the run history as evidence.
 */
@NullMarked
package org.continuityacademy.campaigns;

import org.jspecify.annotations.NullMarked;
