/**
 * Time as a dependency: the one {@link java.time.Clock} every service, job and entity factory receives, in
 * the organisation's time zone, and the day arithmetic that turns a day in that zone into instants.
 */
@NullMarked
package org.continuityacademy.base.time;

import org.jspecify.annotations.NullMarked;
