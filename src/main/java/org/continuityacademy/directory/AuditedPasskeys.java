package org.continuityacademy.directory;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.continuityacademy.audit.AuditTrail;
import org.continuityacademy.base.db.ColumnSizes;
import org.continuityacademy.base.i18n.Messages;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.management.JdbcUserCredentialRepository;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Where Spring Security keeps passkeys (its JDBC store), with every passkey added or removed in the audit trail
 * under the account it belongs to. Spring's passkey endpoints and the app's own pages both go through here.
 */
@Component
class AuditedPasskeys implements UserCredentialRepository {

    private final UserCredentialRepository store;
    private final PublicKeyCredentialUserEntityRepository users;
    private final Accounts accounts;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;
    private final JdbcOperations jdbc;
    private final ColumnSizes columnSizes;
    private final Messages messages;

    AuditedPasskeys(JdbcOperations jdbc, PublicKeyCredentialUserEntityRepository users, Accounts accounts, AuditTrail audit,
                    TransactionTemplate transaction, ColumnSizes columnSizes, Messages messages) {
        this.columnSizes = columnSizes;
        this.messages = messages;
        this.store = new JdbcUserCredentialRepository(jdbc);
        this.users = users;
        this.accounts = accounts;
        this.audit = audit;
        this.transaction = transaction;
        this.jdbc = jdbc;
    }

    /** How many passkeys each of these user names has, in one query (names without a passkey are left out). */
    Map<String, Integer> countByUsername(Collection<String> usernames) {
        var counts = new HashMap<String, Integer>();
        if (usernames.isEmpty()) {
            return counts;
        }
        String marks = String.join(",", java.util.Collections.nCopies(usernames.size(), "?"));
        jdbc.query("SELECT u.name, COUNT(*) FROM user_entities u JOIN user_credentials c ON c.user_entity_user_id = u.id"
                + " WHERE u.name IN (" + marks + ") GROUP BY u.name",
                rs -> {
                    counts.put(rs.getString(1), rs.getInt(2));
                }, usernames.toArray());
        return counts;
    }

    /**
     * Removes every passkey of one user name (each removal audited) and says how many there were. The caller's
     * transaction holds the whole removal.
     */
    int removeAll(String username) {
        var user = users.findByUsername(username);
        if (user == null) {
            return 0;
        }
        List<CredentialRecord> records = store.findByUserId(user.getId());
        records.forEach(record -> delete(record.getCredentialId()));
        return records.size();
    }

    @Override
    public void delete(Bytes credentialId) {
        transaction.executeWithoutResult(status -> {
            CredentialRecord record = store.findByCredentialId(credentialId);
            store.delete(credentialId);
            if (record != null) {
                record("passkey removed", record, null);
            }
        });
    }

    @Override
    public void save(CredentialRecord record) {
        // the name a person gives their passkey is free text: refused with its field named, not with the database's words
        columnSizes.tooLong("user_credentials", "label", record.getLabel(), messages.get("second-factor.passkey.label"))
                .ifPresent(tooLong -> {
                    throw new IllegalArgumentException(tooLong);
                });
        transaction.executeWithoutResult(status -> {
            boolean added = store.findByCredentialId(record.getCredentialId()) == null;
            store.save(record);
            if (added) {
                record("passkey added", record, record.getLabel());
            }
        });
    }

    @Override
    public @Nullable CredentialRecord findByCredentialId(Bytes credentialId) {
        return store.findByCredentialId(credentialId);
    }

    @Override
    public List<CredentialRecord> findByUserId(Bytes userId) {
        return store.findByUserId(userId);
    }

    private void record(String action, CredentialRecord record, @Nullable String after) {
        var user = users.findById(record.getUserEntityUserId());
        String username = user == null ? "?" : user.getName();
        String account = accounts.findByUsername(username).map(a -> String.valueOf(a.getId())).orElse(username);
        audit.record(action, "account", account, username + ": " + action + " (" + record.getLabel() + ")",
                after == null ? record.getLabel() : null, after);
    }
}
