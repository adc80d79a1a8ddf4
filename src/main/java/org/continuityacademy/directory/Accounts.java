package org.continuityacademy.directory;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import jakarta.persistence.QueryHint;
import org.hibernate.jpa.HibernateHints;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;
import org.springframework.data.repository.query.Param;

interface Accounts extends JpaRepository<Account, Long> {

    Optional<Account> findByUsername(String username);

    boolean existsByUsername(String username);

    /**
     * Accounts of active people with at least one active direct report (one query, however many managers there
     * are): the people who hold the Manager app role.
     */
    @Query("""
            select a from Account a
            where a.employeeId in (select e.manager.id from Employee e join e.manager m
                                   where e.active = true and m.active = true)
            """)
    List<Account> findAllOfActiveManagers();

    /** Accounts of people in HR's list that hold the Manager app role. */
    @Query("""
            select distinct a from Account a join a.roles r
            where r = org.continuityacademy.security.AppRole.MANAGER and a.employeeId is not null
            """)
    List<Account> findAllLinkedHoldingManager();

    /**
     * Accounts of these people, without flushing first: a caller looking up many chunks flushes once before them
     * (a flush before each query would check every entity of a 100,000-person import, each time).
     */
    @QueryHints(@QueryHint(name = HibernateHints.HINT_FLUSH_MODE, value = "COMMIT"))
    List<Account> findAllByEmployeeIdIn(Collection<Long> employeeIds);

    /** Accounts by user name (any case), without flushing first, as {@link #findAllByEmployeeIdIn}. */
    @QueryHints(@QueryHint(name = HibernateHints.HINT_FLUSH_MODE, value = "COMMIT"))
    List<Account> findAllByUsernameIn(Collection<String> usernames);

    @Query("""
            select a from Account a
            where :text is null or lower(a.username) like :text or lower(a.displayName) like :text
                  or lower(a.email) like :text
                  or exists (select e.id from Employee e where e.id = a.employeeId
                             and (lower(concat(e.firstName, ' ', e.lastName)) like :text
                                  or lower(concat(e.lastName, ' ', e.firstName)) like :text))
            """)
    List<Account> search(@Param("text") @Nullable String text, Pageable pageable);

    @Query("""
            select count(a) from Account a
            where :text is null or lower(a.username) like :text or lower(a.displayName) like :text
                  or lower(a.email) like :text
                  or exists (select e.id from Employee e where e.id = a.employeeId
                             and (lower(concat(e.firstName, ' ', e.lastName)) like :text
                                  or lower(concat(e.lastName, ' ', e.firstName)) like :text))
            """)
    long countSearch(@Param("text") @Nullable String text);

    @Query("""
            select count(distinct a) from Account a join a.roles r
            where r = org.continuityacademy.security.AppRole.ADMIN and a.enabled = true and a.id <> :exceptId
            """)
    long countOtherEnabledAdmins(@Param("exceptId") long exceptId);

    @Query("""
            select count(distinct a) from Account a join a.roles r
            where r = org.continuityacademy.security.AppRole.ADMIN and a.enabled = true
            """)
    long countEnabledAdmins();

    @Modifying
    @Query("update Account a set a.lastLoginAt = :at where a.id = :id")
    int recordSignIn(@Param("id") long id, @Param("at") Instant at);

    Optional<Account> findByEmployeeId(long employeeId);

    Optional<Account> findBySsoSubject(String ssoSubject);

    /** Enabled accounts with this e-mail address, whatever its case (a password reset asked for by address). */
    @Query("select a from Account a where lower(a.email) = lower(:email) and a.enabled = true")
    List<Account> findEnabledByEmail(@Param("email") String email);

    /**
     * Who HR's "invite everyone who has not signed in yet" reaches in the employee list a filter selects: current
     * employees whose enabled account has no password, was never signed in with (locally or through single sign-on)
     * and holds no unused invitation asked for since {@code since}.
     */
    String TO_INVITE = """
            from Account a join Employee e on e.id = a.employeeId left join e.department d
            where e.active = true and a.enabled = true and a.passwordHash is null and a.lastLoginAt is null
              and a.ssoSubject is null and a.email is not null
              and (:text is null
                   or lower(concat(e.firstName, ' ', e.lastName)) like :text
                   or lower(concat(e.lastName, ' ', e.firstName)) like :text
                   or lower(e.email) like :text or lower(e.employeeNumber) like :text)
              and (:departmentId is null or d.id = :departmentId)
              and (:location is null or e.location = :location)
              and not exists (select t.id from AccountToken t
                              where t.accountId = a.id and t.purpose = org.continuityacademy.directory.TokenPurpose.INVITATION
                                and t.requestedAt > :since and t.usedAt is null and t.revokedAt is null)
            """;

    @Query("select count(a) " + TO_INVITE)
    long countToInvite(@Param("text") @Nullable String text, @Param("departmentId") @Nullable Long departmentId,
                       @Param("location") @Nullable String location, @Param("since") Instant since);

    /** The next batch of {@link #TO_INVITE} by account id, after {@code after}. */
    @Query("select a.id " + TO_INVITE + " and a.id > :after order by a.id")
    List<Long> findToInvite(@Param("text") @Nullable String text, @Param("departmentId") @Nullable Long departmentId,
                            @Param("location") @Nullable String location, @Param("since") Instant since,
                            @Param("after") long after, Pageable limit);
}
