package org.continuityacademy.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A public service method open to anyone ({@code permitAll()}) because the caller shows their right with a secret they
 * were given (a password link's token, a certificate's verification code), or because what it does reaches only the
 * owner of an address (a password reset link goes to that mailbox and says nothing to the caller). The value says
 * which. {@code ArchitectureTest} checks that such a method takes the secret or address as a text parameter. See
 * {@link ScopedToCaller} for the rule that asks for it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ProvenBySecret {

    /** Which secret proves the right, and what a caller without it gets. */
    String value();
}
