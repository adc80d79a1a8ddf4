package org.continuityacademy.campaigns;

/** When a campaign fires: once, every year, quarter or month from its start, or by a cron expression. */
public enum ScheduleKind {
    ONE_OFF("Once"), YEARLY("Every year"), QUARTERLY("Every quarter"), MONTHLY("Every month"), CRON("Cron expression (experts)");

    private final String label;

    ScheduleKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
