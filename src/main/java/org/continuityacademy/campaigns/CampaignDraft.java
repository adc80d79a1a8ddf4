package org.continuityacademy.campaigns;

import java.time.ZonedDateTime;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A campaign as the editor fills it in.
 *
 * @param startsAt         the one-off date and time, or the first of a recurring schedule; its wall-clock time counts in {@code zone}
 * @param cron             a Quartz cron expression, for {@link ScheduleKind#CRON} only
 * @param departmentIds    departments in the audience
 * @param newJoinerDays    only people hired within this many days (null: anyone)
 * @param skipValidDays    skip people whose completion is still valid for at least this many days (null: skip nobody)
 */
public record CampaignDraft(String name, String description, Set<String> moduleIds, boolean everyone, Set<String> roleKeys,
                            Set<Long> departmentIds, Set<String> locations, @Nullable Integer newJoinerDays,
                            ScheduleKind scheduleKind, @Nullable ZonedDateTime startsAt, @Nullable String cron, String zone,
                            int dueDays, @Nullable Integer skipValidDays, @Nullable Integer remindDaysBefore,
                            boolean remindOnDueDate, @Nullable Integer overdueEveryDays,
                            @Nullable Integer escalateManagerDays, @Nullable Integer escalateContinuityManagerDays) {
}
