/** Who may do what: app roles, the signed-in user, sign-in and the security configuration. */
@NullMarked
package org.continuityacademy.security;

import org.jspecify.annotations.NullMarked;
