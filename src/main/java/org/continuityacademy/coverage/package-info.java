/**
 * Coverage: how much of the training that continuity roles require is current, across the
 * organisation or a manager's reporting line, computed by the database; overdue training; the daily
 * coverage snapshots behind the trends; the dashboard.
 */
@NullMarked
package org.continuityacademy.coverage;

import org.jspecify.annotations.NullMarked;
