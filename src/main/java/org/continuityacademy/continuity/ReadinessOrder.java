package org.continuityacademy.continuity;

/** How the readiness matrix is sorted. */
public enum ReadinessOrder {

    TIER("s.tier %s, s.rto_minutes, s.name"),
    RTO("s.rto_minutes %s, s.tier, s.name"),
    NAME("s.name %s"),
    STATE("s.state_rank %s, s.tier, s.rto_minutes, s.name");

    private final String sql;

    ReadinessOrder(String sql) {
        this.sql = sql;
    }

    String orderBy(boolean descending) {
        return sql.formatted(descending ? "desc" : "asc");
    }
}
