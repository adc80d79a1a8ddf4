package org.continuityacademy.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A public service method that a broad rule lets in (anyone signed in, or any manager) and that then reads who is
 * calling and returns or changes only what that caller may reach: their own records, or a manager's reporting line.
 * The value says how. {@code ArchitectureTest} requires this, {@link NotPersonal} or {@link ProvenBySecret} on every
 * public service method whose {@code @PreAuthorize} admits everyone ({@code permitAll()}), everyone signed in
 * ({@code isAuthenticated()}) or managers, and checks that a method carrying it asks {@link CurrentUser} (or the
 * security context) who is calling.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ScopedToCaller {

    /** How the method limits itself to the caller ("the signed-in person's own notifications"). */
    String value();
}
