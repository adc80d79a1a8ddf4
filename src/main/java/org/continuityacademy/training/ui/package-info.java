/**
 * Dialogs for the people who assign and waive training (HR and the continuity manager), published so
 * that other modules' views (the employee page) can offer them.
 */
@NullMarked
@NamedInterface("ui")
package org.continuityacademy.training.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
