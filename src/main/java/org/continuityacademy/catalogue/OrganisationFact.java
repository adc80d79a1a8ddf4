package org.continuityacademy.catalogue;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A fact of the organisation: its definition from organisation.yaml and the organisation's own value, if set. */
@Entity
@Table(name = "organisation_fact")
class OrganisationFact {

    @Id
    private String factKey;
    private int sortOrder;
    private String label;
    private String description;
    private String defaultValue;
    private boolean inContent;
    private @Nullable String ownValue;
    private @Nullable String changedBy;
    private @Nullable Instant changedAt;
    @Version
    private int revision;

    protected OrganisationFact() {
        this.factKey = "";
        this.label = "";
        this.description = "";
        this.defaultValue = "";
    }

    OrganisationFact(FactDefinition definition, int sortOrder) {
        this.factKey = definition.key();
        define(definition, sortOrder);
    }

    /** Takes the definition of the last valid organisation.yaml; the organisation's own value stays. */
    void define(FactDefinition definition, int sortOrder) {
        this.sortOrder = sortOrder;
        this.label = definition.label();
        this.description = definition.description();
        this.defaultValue = definition.defaultValue();
        this.inContent = true;
    }

    /** organisation.yaml no longer lists it: kept with its value, for module versions that still name it. */
    void leaveContent() {
        this.inContent = false;
    }

    /** The organisation's own value, or null to follow the default again. */
    void set(@Nullable String value, String by, Instant at) {
        this.ownValue = value;
        this.changedBy = by;
        this.changedAt = at;
    }

    String key() {
        return factKey;
    }

    boolean inContent() {
        return inContent;
    }

    /** The value people read: the organisation's own, or the content's default. */
    String current() {
        return ownValue == null ? defaultValue : ownValue;
    }

    /** For the audit trail: the value, and whether it is the default. */
    String describe() {
        return ownValue == null ? "default: " + defaultValue : ownValue;
    }

    OrganisationFactRow row() {
        return new OrganisationFactRow(factKey, label, description, current(), defaultValue, ownValue != null, changedBy,
                changedAt);
    }
}
