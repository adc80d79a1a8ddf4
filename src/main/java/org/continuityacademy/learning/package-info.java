/** Learning: a person's own training — assignments, quizzes, completions and certificates. */
@NullMarked
package org.continuityacademy.learning;

import org.jspecify.annotations.NullMarked;
