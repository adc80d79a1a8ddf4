package org.continuityacademy.directory;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import jakarta.persistence.LockModeType;

interface AccountTokenRepository extends JpaRepository<AccountToken, Long> {

    Optional<AccountToken> findByTokenHash(String tokenHash);

    /** The token by its hash, locked until the transaction ends: two uses of one link at once are one use. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from AccountToken t where t.tokenHash = :hash")
    Optional<AccountToken> lockByTokenHash(@Param("hash") String hash);

    @Query("""
            select t from AccountToken t
            where t.accountId = :accountId and t.purpose = :purpose and t.usedAt is null and t.revokedAt is null
              and t.expiresAt > :now
            """)
    List<AccountToken> findOpen(@Param("accountId") long accountId, @Param("purpose") TokenPurpose purpose, @Param("now") Instant now);

    /** The account's links of a purpose asked for since a moment, newest first (the reset throttle's count). */
    @Query("""
            select t from AccountToken t
            where t.accountId = :accountId and t.purpose = :purpose and t.requestedAt > :since
            order by t.requestedAt desc, t.id desc
            """)
    List<AccountToken> findRequestedSince(@Param("accountId") long accountId, @Param("purpose") TokenPurpose purpose,
                                          @Param("since") Instant since);

    Optional<AccountToken> findFirstByAccountIdAndPurposeOrderByRequestedAtDescIdDesc(long accountId, TokenPurpose purpose);
}
