package org.continuityacademy.security;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.stereotype.Service;

/** The signed-in person's passkeys: which they have, and removing one. Registering goes through the browser (passkeys.js). */
@Service
@PreAuthorize(Access.SIGNED_IN)
public class MyPasskeys {

    /** A passkey as its owner sees it. */
    public record Passkey(String id, String label, @Nullable Instant created, @Nullable Instant lastUsed) {
    }

    private final PublicKeyCredentialUserEntityRepository users;
    private final UserCredentialRepository credentials;
    private final CurrentUser currentUser;

    MyPasskeys(PublicKeyCredentialUserEntityRepository users, UserCredentialRepository credentials, CurrentUser currentUser) {
        this.users = users;
        this.credentials = credentials;
        this.currentUser = currentUser;
    }

    @ScopedToCaller("the signed-in person's own passkeys")
    public List<Passkey> mine() {
        var user = users.findByUsername(currentUser.require().getUsername());
        if (user == null) {
            return List.of();
        }
        return credentials.findByUserId(user.getId()).stream()
                .map(c -> new Passkey(c.getCredentialId().toBase64UrlString(), c.getLabel(), c.getCreated(), c.getLastUsed()))
                .toList();
    }

    @ScopedToCaller("the signed-in person's own passkeys")
    public boolean haveAny() {
        return !mine().isEmpty();
    }

    /** Removes one of the person's own passkeys; someone else's is refused. */
    @ScopedToCaller("one of the signed-in person's own passkeys; anyone else's is refused")
    public void remove(String id) {
        if (mine().stream().noneMatch(p -> p.id().equals(id))) {
            throw new AccessDeniedException("Not your passkey");
        }
        credentials.delete(Bytes.fromBase64(id));
    }
}
