package org.continuityacademy.audit;

import java.time.Clock;
import java.util.List;
import org.continuityacademy.base.Search;
import org.continuityacademy.security.Access;
import org.continuityacademy.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records changes in the caller's transaction, so a change and its audit entry are stored together
 * or not at all; and lets administrators read the trail. Nothing here changes or removes an entry.
 */
@Service
public class AuditTrail {

    /** The actor of changes that scheduled work makes, with nobody signed in. */
    public static final String SYSTEM = "system";

    private final AuditEntries entries;
    private final CurrentUser currentUser;
    private final Clock clock;

    AuditTrail(AuditEntries entries, CurrentUser currentUser, Clock clock) {
        this.entries = entries;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Records a change by the signed-in person (or "system" for scheduled work). Any service may call it
     * for its own changes; the caller's method has already checked who may make the change.
     */
    @PreAuthorize("permitAll()")
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String action, String subjectType, String subjectId, String summary,
                       @Nullable String before, @Nullable String after) {
        String actor = currentUser.get().map(u -> u.getUsername()).orElse(SYSTEM);
        entries.save(new AuditEntry(clock.instant(), actor, action, subjectType, subjectId, summary, before, after));
    }

    @PreAuthorize(Access.ADMIN)
    @Transactional(readOnly = true)
    public List<AuditRow> search(@Nullable String text, Pageable page) {
        return entries.search(Search.containsPattern(text), page).stream().map(AuditEntry::row).toList();
    }

    @PreAuthorize(Access.ADMIN)
    @Transactional(readOnly = true)
    public long count(@Nullable String text) {
        return entries.countSearch(Search.containsPattern(text));
    }

    /** The history of one thing, oldest first: for administrators and the continuity manager. */
    @PreAuthorize("hasAnyRole('ADMIN','CONTINUITY_MANAGER')")
    @Transactional(readOnly = true)
    public List<AuditRow> history(String subjectType, String subjectId) {
        return entries.findBySubjectTypeAndSubjectIdOrderByAtAsc(subjectType, subjectId).stream().map(AuditEntry::row).toList();
    }

}
