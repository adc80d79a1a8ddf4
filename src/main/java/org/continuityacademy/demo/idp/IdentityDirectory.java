package org.continuityacademy.demo.idp;

import java.util.List;
import java.util.Optional;

/** Whom the identity provider knows: looked up by the name typed on its sign-in page (an e-mail address). */
@FunctionalInterface
public interface IdentityDirectory {

    Optional<Person> find(String username);

    /**
     * A person as the provider asserts them. {@code emailVerified} is what the provider vouches for; a leaver may
     * still be known here (an identity provider need not follow HR at once: the app must refuse them itself).
     */
    record Person(String subject, String email, boolean emailVerified, String givenName, String familyName,
                  String employeeNumber, List<String> groups) {
    }
}
