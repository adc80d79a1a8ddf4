package org.continuityacademy.continuity;

import org.continuityacademy.base.i18n.Labelled;

/**
 * Whether a critical service could be recovered by trained people now. People read it as
 * {@code messages.label(state)}; what each state means is in the bundle too (the readiness views).
 */
public enum ServiceState implements Labelled {

    NOT_READY("Not ready"),
    AT_RISK("At risk"),
    READY("Ready");

    private final String label;

    ServiceState(String label) {
        this.label = label;
    }

    /**
     * The English label, for modules that do not take their texts from the bundles yet; use
     * {@code messages.label(state)} instead.
     */
    public String label() {
        return label;
    }
}
