package org.continuityacademy.catalogue;

import java.time.Clock;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.continuityacademy.audit.AuditTrail;
import org.continuityacademy.base.db.ColumnSizes;
import org.continuityacademy.base.i18n.Messages;
import org.continuityacademy.security.Access;
import org.continuityacademy.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisation's own arrangements that the training quotes through placeholders ({@code {{fallback-phone}}}):
 * defined with their defaults in {@code content/organisation.yaml}, and set to the organisation's real values by the
 * continuity manager in the app, because the people who own these facts do not edit files. Learners read a changed
 * value the next time a module or a question is shown; a value is no part of a module version, so nobody re-trains.
 * Every change is audited with the value before and after.
 */
@Service
public class OrganisationFacts {

    static final String AUDIT_TYPE = "organisation-fact";

    private final OrganisationFactEntries facts;
    private final AuditTrail audit;
    private final ColumnSizes columnSizes;
    private final Messages messages;
    private final CurrentUser currentUser;
    private final Clock clock;

    OrganisationFacts(OrganisationFactEntries facts, AuditTrail audit, ColumnSizes columnSizes, Messages messages,
                      CurrentUser currentUser, Clock clock) {
        this.facts = facts;
        this.audit = audit;
        this.columnSizes = columnSizes;
        this.messages = messages;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The facts organisation.yaml defines, in its order, with the value learners read now and who set it when. */
    @PreAuthorize(Access.ARRANGEMENT_READERS)
    @Transactional(readOnly = true)
    public List<OrganisationFactRow> facts() {
        return facts.findAllByOrderBySortOrderAscFactKeyAsc().stream().filter(OrganisationFact::inContent)
                .map(OrganisationFact::row).toList();
    }

    /**
     * Sets the organisation's own value of a fact, from now on what every module and question that names it says.
     * Refused, changing nothing, when the value is empty or too long (the message names the fact). Line breaks become
     * spaces: a value is read inside a sentence.
     */
    @PreAuthorize(Access.CONTINUITY_MANAGER)
    @Transactional
    public OrganisationFactRow change(String key, @Nullable String value) {
        OrganisationFact fact = known(key);
        String label = fact.row().label();
        String cleaned = value == null ? "" : OrganisationFactsParser.oneLine(value);
        if (cleaned.isEmpty()) {
            throw new FactRefused(messages.get("organisation-facts.refused.empty", label));
        }
        columnSizes.tooLong("organisation_fact", "own_value", cleaned, label).ifPresent(tooLong -> {
            throw new FactRefused(tooLong);
        });
        if (cleaned.equals(fact.current())) {
            return fact.row();
        }
        String before = fact.describe();
        fact.set(cleaned, currentUser.require().getUsername(), clock.instant());
        audit.record("organisation fact changed", AUDIT_TYPE, key, "Organisation fact '" + key + "' (" + label + ") changed",
                before, fact.describe());
        return fact.row();
    }

    /** Goes back to the content's default value for a fact (what organisation.yaml says), audited. */
    @PreAuthorize(Access.CONTINUITY_MANAGER)
    @Transactional
    public OrganisationFactRow useDefault(String key) {
        OrganisationFact fact = known(key);
        if (!fact.row().own()) {
            return fact.row();
        }
        String before = fact.describe();
        fact.set(null, currentUser.require().getUsername(), clock.instant());
        audit.record("organisation fact reset", AUDIT_TYPE, key,
                "Organisation fact '" + key + "' (" + fact.row().label() + ") back to its default", before, fact.describe());
        return fact.row();
    }

    /** Every fact's value now, by key (also facts organisation.yaml no longer lists: an older version may name one). */
    @Transactional(readOnly = true)
    Map<String, String> values() {
        return facts.findAll().stream().collect(Collectors.toMap(OrganisationFact::key, OrganisationFact::current,
                (a, b) -> a, LinkedHashMap::new));
    }

    /** The facts the last valid organisation.yaml defined: those placeholders may name while the file has problems. */
    @Transactional(readOnly = true)
    Set<String> keysInContent() {
        return facts.findAll().stream().filter(OrganisationFact::inContent).map(OrganisationFact::key)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Takes the definitions of a valid organisation.yaml, in a content load; the organisation's own values stay. */
    @Transactional(propagation = Propagation.MANDATORY)
    void define(List<FactDefinition> definitions) {
        Map<String, OrganisationFact> stored = new LinkedHashMap<>();
        facts.findAll().forEach(f -> stored.put(f.key(), f));
        var defined = new HashSet<String>();
        int order = 0;
        for (FactDefinition definition : definitions) {
            defined.add(definition.key());
            OrganisationFact fact = stored.get(definition.key());
            if (fact == null) {
                facts.save(new OrganisationFact(definition, order));
            } else {
                fact.define(definition, order);
            }
            order++;
        }
        stored.values().stream().filter(f -> !defined.contains(f.key())).forEach(OrganisationFact::leaveContent);
    }

    private OrganisationFact known(String key) {
        return facts.findById(key).filter(OrganisationFact::inContent)
                .orElseThrow(() -> new FactRefused(messages.get("organisation-facts.refused.unknown", key)));
    }
}
