package org.continuityacademy.audit;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** Append-only on purpose: it can save and read, but offers no update or delete. */
interface AuditEntries extends Repository<AuditEntry, Long> {

    AuditEntry save(AuditEntry entry);

    @Query("""
            select e from AuditEntry e
            where :text is null or lower(e.summary) like :text or lower(e.actor) like :text
                  or lower(e.subjectType) like :text or lower(e.action) like :text
            order by e.at desc, e.id desc
            """)
    List<AuditEntry> search(@Param("text") @Nullable String text, Pageable pageable);

    @Query("""
            select count(e) from AuditEntry e
            where :text is null or lower(e.summary) like :text or lower(e.actor) like :text
                  or lower(e.subjectType) like :text or lower(e.action) like :text
            """)
    long countSearch(@Param("text") @Nullable String text);

    List<AuditEntry> findBySubjectTypeAndSubjectIdOrderByAtAsc(String subjectType, String subjectId);
}
