/**
 * "Harbourline ID", the demo organisation's own OpenID Connect provider: a real authorization server
 * (Spring Security's) in the same JVM on a port of its own, holding every demo employee. It runs only with the
 * {@code demo} profile (and in tests that start it themselves), so the one-command start shows single sign-on
 * working end to end.
 */
@NullMarked
package org.continuityacademy.demo.idp;

import org.jspecify.annotations.NullMarked;
