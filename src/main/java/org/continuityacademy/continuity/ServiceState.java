package org.continuityacademy.continuity;

import org.continuityacademy.base.i18n.Labelled;

/**
 * Whether a critical service could be recovered by trained people now. People read it as
 * {@code messages.label(state)}; what each state means is in the bundle too (the readiness views).
 */
public enum ServiceState implements Labelled {
    NOT_READY, AT_RISK, READY
}
