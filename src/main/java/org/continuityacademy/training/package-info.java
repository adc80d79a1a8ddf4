/**
 * Training records: which modules each person has to complete and by when (assignments), and what
 * they have passed (completions, naming the exact module version). Continuity roles, people and
 * campaigns create assignments, and people hear of new ones in one e-mail (the announcement job); the quiz engine
 * closes them.
 */
@NullMarked
package org.continuityacademy.training;

import org.jspecify.annotations.NullMarked;
