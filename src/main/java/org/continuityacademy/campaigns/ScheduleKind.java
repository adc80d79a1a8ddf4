package org.continuityacademy.campaigns;

import org.continuityacademy.base.i18n.Labelled;

/** When a campaign fires: once, every year, quarter or month from its start, or by a cron expression. */
public enum ScheduleKind implements Labelled {
    ONE_OFF, YEARLY, QUARTERLY, MONTHLY, CRON
}
