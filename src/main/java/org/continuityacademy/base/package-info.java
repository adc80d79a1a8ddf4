/** Shared foundations every feature may use: the main layout, shared UI bits and the database set-up. */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
@NullMarked
package org.continuityacademy.base;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
