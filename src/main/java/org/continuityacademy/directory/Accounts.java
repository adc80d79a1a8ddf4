package org.continuityacademy.directory;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface Accounts extends JpaRepository<Account, Long> {

    Optional<Account> findByUsername(String username);

    boolean existsByUsername(String username);

    /** Accounts of people with at least one active direct report (one query, however many managers there are). */
    @Query("""
            select a from Account a
            where a.employeeId in (select e.manager.id from Employee e where e.active = true and e.manager is not null)
            """)
    List<Account> findAllOfActiveManagers();

    @Query("""
            select a from Account a
            where :text is null or lower(a.username) like :text or lower(a.displayName) like :text
                  or lower(a.email) like :text
            """)
    List<Account> search(@Param("text") @Nullable String text, Pageable pageable);

    @Query("""
            select count(a) from Account a
            where :text is null or lower(a.username) like :text or lower(a.displayName) like :text
                  or lower(a.email) like :text
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
}
