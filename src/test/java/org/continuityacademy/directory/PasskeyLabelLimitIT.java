package org.continuityacademy.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.Set;
import org.continuityacademy.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.ImmutableCredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCose;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialType;

/** The name a person gives a passkey (free text sent to Spring's passkey endpoint) is held to its column's size. */
@IntegrationTest
class PasskeyLabelLimitIT {

    @Autowired
    AuditedPasskeys passkeys;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    @Test
    void a_passkey_name_longer_than_its_column_is_refused_naming_the_field_and_nothing_is_stored() {
        long before = jdbc.sql("select count(*) from user_credentials").query(Long.class).single();
        var record = ImmutableCredentialRecord.builder().credentialType(PublicKeyCredentialType.PUBLIC_KEY).credentialId(Bytes.random())
                .userEntityUserId(Bytes.random()).publicKey(new ImmutablePublicKeyCose(new byte[] {1, 2, 3})).signatureCount(0)
                .uvInitialized(true).transports(Set.of()).backupEligible(false).backupState(false).created(clock.instant())
                .lastUsed(clock.instant()).label("p".repeat(1001)).build();

        assertThatThrownBy(() -> passkeys.save(record)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Name for this passkey is too long: at most 1,000 characters, and this has 1,001.");
        assertThat(jdbc.sql("select count(*) from user_credentials").query(Long.class).single()).isEqualTo(before);
    }
}
