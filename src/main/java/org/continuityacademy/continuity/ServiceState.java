package org.continuityacademy.continuity;

import org.continuityacademy.base.i18n.Labelled;

/**
 * Whether a critical service could be recovered by trained people now. People read it as
 * {@code messages.label(state)}; what each state means is in the bundle too (the readiness views).
 * {@link #NO_ROLES}: the service requires no role, so nobody is trained to recover it; it is never counted as
 * ready. The order is the SQL's rank (not ready first): keep the two together.
 */
public enum ServiceState implements Labelled {
    NOT_READY, NO_ROLES, AT_RISK, READY
}
