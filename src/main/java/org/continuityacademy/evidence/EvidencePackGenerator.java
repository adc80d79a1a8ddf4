package org.continuityacademy.evidence;

import java.time.Clock;
import java.util.Locale;
import java.util.function.Supplier;
import org.continuityacademy.base.i18n.Messages;
import org.continuityacademy.catalogue.Catalogue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Generates one evidence pack, in steps the view can follow: marks it running, reads the records, draws
 * the PDF and the CSV, and stores both files in the same transaction that marks the pack ready. Until
 * then there is nothing to download; a failure marks the pack failed with a plain message.
 * <p>
 * Runs in a Quartz job, without a signed-in person. It reads the role catalogue (names and descriptions
 * live only in the catalogue's memory, behind its {@code @PreAuthorize}) as the person who asked for
 * the pack, so the pack never shows more than its requester may see; everything else is this module's own SQL.
 * <p>
 * The pack is written in the organisation's language ({@link Messages#organisationLocale()}), and so is a
 * failure's message, which is stored with the pack.
 */
@Component
class EvidencePackGenerator {

    private static final Logger log = LoggerFactory.getLogger(EvidencePackGenerator.class);

    private final EvidencePackRepository packs;
    private final EvidenceQueries queries;
    private final Catalogue catalogue;
    private final UserDetailsService users;
    private final JdbcClient jdbc;
    private final TransactionTemplate separately;
    private final String organisation;
    private final Messages messages;
    private final Clock clock;

    EvidencePackGenerator(EvidencePackRepository packs, EvidenceQueries queries, Catalogue catalogue, UserDetailsService users,
                          JdbcClient jdbc, PlatformTransactionManager transactions,
                          @Value("${academy.organisation.name:}") String organisation, Messages messages, Clock clock) {
        this.packs = packs;
        this.queries = queries;
        this.catalogue = catalogue;
        this.users = users;
        this.jdbc = jdbc;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.organisation = organisation.strip();
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * Generates the pack unless it is already ready or failed; a pack left running by a node that died is
     * generated again from the start.
     */
    void generate(long packId) {
        record Request(java.time.LocalDate asOf, java.time.LocalDate from, String requestedBy) {
        }
        Request request = separately.execute(tx -> packs.findById(packId)
                .filter(p -> p.getStatus().inProgress())
                .map(p -> {
                    p.start(clock.instant());
                    return new Request(p.getAsOf(), p.getPeriodFrom(), p.getRequestedBy());
                }).orElse(null));
        if (request == null) {
            return;
        }
        // one argument to change when documents follow a language per person
        Locale locale = messages.organisationLocale();
        try {
            EvidenceContent content = asRequester(locale, request.requestedBy(), () -> queries.collect(organisation, request.asOf(),
                    request.from(), request.requestedBy(), clock.instant(), catalogue.roles(),
                    (percent, step) -> progress(packId, percent, step)));
            progress(packId, 75, "evidence.progress.pdf");
            byte[] pdf = new EvidencePdf(messages, locale).render(content);
            progress(packId, 90, "evidence.progress.csv");
            byte[] csv = new EvidenceCsv(messages, locale).write(content);
            separately.executeWithoutResult(tx -> {
                jdbc.sql("update evidence_pack set pdf = ?, csv = ? where id = ?").params(pdf, csv, packId).update();
                packs.findById(packId).orElseThrow().ready(pdf.length, csv.length, clock.instant());
            });
            log.info("Evidence pack {} as at {} is ready ({} KB PDF, {} KB CSV)", packId, request.asOf(), pdf.length / 1024,
                    csv.length / 1024);
        } catch (RuntimeException e) {
            log.warn("Evidence pack {} failed", packId, e);
            String message = e instanceof PackFailed ? e.getMessage()
                    : messages.get(locale, "evidence.failed.unexpected",
                    e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
            separately.executeWithoutResult(tx -> packs.findById(packId).ifPresent(p -> p.fail(message, clock.instant())));
        }
    }

    private void progress(long packId, int percent, String step) {
        separately.executeWithoutResult(tx -> packs.findById(packId).ifPresent(p -> p.progress(percent, step)));
    }

    private <T> T asRequester(Locale locale, String username, Supplier<T> work) {
        UserDetails user;
        try {
            user = users.loadUserByUsername(username);
        } catch (UsernameNotFoundException e) {
            throw new PackFailed(messages.get(locale, "evidence.failed.no-account", username));
        }
        if (!user.isEnabled()) {
            throw new PackFailed(messages.get(locale, "evidence.failed.disabled", username));
        }
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /** A failure whose message is already plain enough (and in the pack's language) to show as it is. */
    private static final class PackFailed extends RuntimeException {

        PackFailed(String message) {
            super(message);
        }
    }
}
