/** The demo company's critical services, role holders and training history, for the one-command start. */
@NullMarked
package org.continuityacademy.demo;

import org.jspecify.annotations.NullMarked;
