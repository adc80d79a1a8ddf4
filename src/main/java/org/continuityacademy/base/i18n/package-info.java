/**
 * Language as a dependency: the message bundles ({@code src/main/resources/i18n/<module>.properties}), the
 * languages the app speaks, and the one place that formats dates and numbers for a person's locale in the
 * organisation's time zone.
 */
@NullMarked
package org.continuityacademy.base.i18n;

import org.jspecify.annotations.NullMarked;
