package org.continuityacademy.api;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

    /** Newest first, so a token just created is at the top of the list. */
    @Query("select t from ApiToken t order by t.createdAt desc, t.id desc")
    List<ApiToken> newestFirst(Pageable page);

    Optional<ApiToken> findByTokenHash(String tokenHash);

    /**
     * Notes the use of a token, at most once a minute: the condition keeps busy clients from writing
     * on every request, and lets concurrent requests race harmlessly.
     */
    @Modifying
    @Query("update ApiToken t set t.lastUsedAt = :now where t.id = :id and (t.lastUsedAt is null or t.lastUsedAt < :notBefore)")
    int noteUse(@Param("id") long id, @Param("now") Instant now, @Param("notBefore") Instant notBefore);
}
