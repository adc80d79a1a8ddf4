package org.continuityacademy.security;

/**
 * Whether local sign-in is refused for now because of too many failed attempts: on this account (or this user
 * name, whether or not an account has it) or from this client address. The directory keeps the counts in the
 * database, so every node refuses alike; the sign-in filter asks before any password is compared.
 */
public interface SignInThrottle {

    /** The login view's address after a refusal: the usual error plus "try again later". */
    String REFUSED_URL = "/login?error&locked";

    /** The login view's address when the sign-in could not be checked because the database cannot be reached. */
    String UNAVAILABLE_URL = "/login?error&unavailable";

    /**
     * @param username the user name as typed on the sign-in form
     * @param address  the client's address, {@code request.getRemoteAddr()}: behind a proxy it is the proxy's unless
     *                 {@code FORWARD_HEADERS_STRATEGY} makes the container read the forwarded headers
     */
    boolean refuses(String username, String address);
}
