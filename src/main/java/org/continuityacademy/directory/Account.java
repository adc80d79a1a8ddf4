package org.continuityacademy.directory;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.continuityacademy.security.AppRole;
import org.jspecify.annotations.Nullable;

/**
 * How a person signs in. A local account has a password hash; an account used only through single
 * sign-on (later) has none. Technical accounts need not belong to an employee.
 */
@Entity
@Table(name = "account")
class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
    @SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 50)
    private @Nullable Long id;

    private String username;
    private String displayName;
    private @Nullable String email;
    private @Nullable String passwordHash;
    private @Nullable Long employeeId;
    private boolean enabled = true;
    private Instant createdAt;
    private @Nullable Instant lastLoginAt;
    /** The single sign-on identity linked to this account: the provider's issuer and subject, "issuer|sub". */
    private @Nullable String ssoSubject;
    /** The password must be changed at the next sign-in before anything else (the first administrator's generated one). */
    private boolean passwordChangeRequired;

    @ElementCollection
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<AppRole> roles = new HashSet<>();

    @Version
    private long version;

    protected Account() {
        this("", "", Instant.EPOCH);
    }

    Account(String username, String displayName, Instant createdAt) {
        this.username = username;
        this.displayName = displayName;
        this.createdAt = createdAt;
    }

    @Nullable Long getId() {
        return id;
    }

    String getUsername() {
        return username;
    }

    String getDisplayName() {
        return displayName;
    }

    @Nullable String getEmail() {
        return email;
    }

    @Nullable String getPasswordHash() {
        return passwordHash;
    }

    @Nullable Long getEmployeeId() {
        return employeeId;
    }

    boolean isEnabled() {
        return enabled;
    }

    @Nullable Instant getLastLoginAt() {
        return lastLoginAt;
    }

    Set<AppRole> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(AppRole.class) : EnumSet.copyOf(roles);
    }

    @Nullable String getSsoSubject() {
        return ssoSubject;
    }

    void linkSingleSignOn(String subject) {
        this.ssoSubject = subject;
    }

    void linkTo(long employeeId, String email) {
        this.employeeId = employeeId;
        this.email = email;
    }

    void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    boolean isPasswordChangeRequired() {
        return passwordChangeRequired;
    }

    /** A new password; {@code changeRequired} when its owner must replace it at the next sign-in. */
    void setPassword(String passwordHash, boolean changeRequired) {
        this.passwordHash = passwordHash;
        this.passwordChangeRequired = changeRequired;
    }

    /** No password any more (an administrator forced a reset): the account cannot sign in locally until a new one is set. */
    void clearPassword() {
        this.passwordHash = null;
        this.passwordChangeRequired = false;
    }

    void changeAccess(Set<AppRole> roles, boolean enabled) {
        this.roles.clear();
        this.roles.addAll(roles);
        this.enabled = enabled;
    }

    /** Takes over what HR's list says of its person: user name, e-mail address and name. */
    void follow(String username, String email, String displayName) {
        this.username = username;
        this.email = email;
        this.displayName = displayName;
    }

    /** User name, e-mail and name, as the audit trail shows an account's details before and after a change. */
    String details() {
        return "user name " + username + ", e-mail " + (email == null ? "-" : email) + ", name " + displayName;
    }
}
