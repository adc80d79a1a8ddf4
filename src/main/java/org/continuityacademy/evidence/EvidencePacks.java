package org.continuityacademy.evidence;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.continuityacademy.audit.AuditTrail;
import org.continuityacademy.base.i18n.Messages;
import org.continuityacademy.security.Access;
import org.continuityacademy.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * ISO 22301 evidence packs for HR and the continuity manager: ask for one as at a date, follow its
 * generation, download its PDF and CSV later. Asking and every download are recorded in the audit trail.
 * A pack describes the whole organisation, so both roles see every pack.
 */
@Service
public class EvidencePacks {

    static final String AUDIT_TYPE = "evidence-pack";

    private final EvidencePackRepository packs;
    private final EvidencePackJobs.Trigger trigger;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final JdbcClient jdbc;
    private final Messages messages;
    private final Clock clock;

    EvidencePacks(EvidencePackRepository packs, EvidencePackJobs.Trigger trigger, AuditTrail audit, CurrentUser currentUser,
                  JdbcClient jdbc, Messages messages, Clock clock) {
        this.packs = packs;
        this.trigger = trigger;
        this.audit = audit;
        this.currentUser = currentUser;
        this.jdbc = jdbc;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * Queues a pack as at the end of {@code asOf} in the organisation's time zone, with gaps and campaigns from
     * {@code periodFrom} (twelve months earlier when not given). Refuses, saving nothing, a date after the
     * organisation's today, a period that does not end at the date, or one longer than three years; the
     * reasons are in the asking person's language.
     */
    @PreAuthorize(Access.CATALOGUE_READERS)
    @Transactional
    public long request(@Nullable LocalDate asOf, @Nullable LocalDate periodFrom) {
        LocalDate today = LocalDate.now(clock);
        var formats = messages.formats();
        Map<String, String> problems = new LinkedHashMap<>();
        if (asOf == null) {
            problems.put("asOf", messages.get("evidence.request.as-of.missing"));
        } else if (asOf.isAfter(today)) {
            problems.put("asOf", messages.get("evidence.request.as-of.future", formats.date(today)));
        }
        LocalDate from = periodFrom != null ? periodFrom : asOf == null ? null : EvidencePeriod.defaultFrom(asOf);
        if (asOf != null && from != null) {
            if (!from.isBefore(asOf)) {
                problems.put("periodFrom", messages.get("evidence.request.period.not-before"));
            } else if (from.isBefore(asOf.minusYears(EvidencePeriod.MAX_YEARS))) {
                problems.put("periodFrom", messages.get("evidence.request.period.too-long", EvidencePeriod.MAX_YEARS,
                        formats.date(asOf.minusYears(EvidencePeriod.MAX_YEARS))));
            }
        }
        if (!problems.isEmpty() || asOf == null || from == null) {
            throw new EvidencePackRejected(problems);
        }
        String me = currentUser.require().getUsername();
        EvidencePack pack = packs.saveAndFlush(new EvidencePack(asOf, from, me, clock.instant()));
        trigger.generate(pack.getId());
        audit.record("evidence pack requested", AUDIT_TYPE, String.valueOf(pack.getId()),
                "Evidence pack as at " + asOf + " (period from " + from + ") requested", null, null);
        return pack.getId();
    }

    /** Packs, newest first. */
    @PreAuthorize(Access.CATALOGUE_READERS)
    @Transactional(readOnly = true)
    public List<EvidencePackRow> page(Pageable page) {
        return packs.findAllByOrderByRequestedAtDescIdDesc(page).stream().map(EvidencePack::row).toList();
    }

    @PreAuthorize(Access.CATALOGUE_READERS)
    @Transactional(readOnly = true)
    public long count() {
        return packs.count();
    }

    @PreAuthorize(Access.CATALOGUE_READERS)
    @Transactional(readOnly = true)
    public Optional<EvidencePackRow> find(long id) {
        return packs.findById(id).map(EvidencePack::row);
    }

    /** The PDF of a ready pack; empty when there is no such pack or it is not ready. The download is audited. */
    @PreAuthorize(Access.CATALOGUE_READERS)
    @Transactional
    public Optional<EvidenceFile> pdf(long id) {
        return file(id, "pdf", "application/pdf");
    }

    /** The CSV appendix of a ready pack; empty when there is no such pack or it is not ready. The download is audited. */
    @PreAuthorize(Access.CATALOGUE_READERS)
    @Transactional
    public Optional<EvidenceFile> csv(long id) {
        return file(id, "csv", "text/csv;charset=UTF-8");
    }

    private Optional<EvidenceFile> file(long id, String kind, String mediaType) {
        record Stored(LocalDate asOf, byte[] content) {
        }
        // the column name is one of two constants, never user input
        Optional<Stored> stored = jdbc.sql("select as_of, " + kind + " from evidence_pack where id = ? and status = 'READY'")
                .param(id).query((rs, n) -> new Stored(rs.getObject("as_of", LocalDate.class), rs.getBytes(kind))).optional();
        stored.ifPresent(s -> audit.record("evidence pack downloaded", AUDIT_TYPE, String.valueOf(id),
                kind.toUpperCase(java.util.Locale.ROOT) + " of the evidence pack as at " + s.asOf() + " downloaded", null, null));
        return stored.map(s -> new EvidenceFile("evidence-pack-" + s.asOf() + "-" + id + "." + kind, mediaType, s.content()));
    }
}
