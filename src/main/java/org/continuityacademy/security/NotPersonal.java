package org.continuityacademy.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A public service method that a broad rule lets in (anyone signed in, or any manager) and that returns and changes
 * nobody's personal data: the training catalogue, the names and tiers of services, the departments. The value says
 * what it hands out. See {@link ScopedToCaller} for the rule that asks for it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface NotPersonal {

    /** What the method returns or changes, and why that is no one's personal data. */
    String value();
}
