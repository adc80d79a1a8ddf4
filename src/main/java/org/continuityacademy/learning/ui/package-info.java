/** The learner's views, starting with "My continuity", everyone's home. */
@NullMarked
package org.continuityacademy.learning.ui;

import org.jspecify.annotations.NullMarked;
