package org.continuityacademy.campaigns;

import java.time.ZonedDateTime;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A campaign as the editor fills it in.
 *
 * @param startsAt            the one-off date and time, or the first of a recurring schedule; its wall-clock time counts in {@code zone}
 * @param cron                a Quartz cron expression, for {@link ScheduleKind#CRON} only
 * @param departmentIds       departments in the audience
 * @param newJoinerDays       only people hired within this many days (null: anyone)
 * @param skipValidDays       skip people whose completion is still valid for at least this many days (null: skip nobody)
 * @param announceAssignments whether people get the e-mail (and bell notification) listing the training newly assigned
 *                            to them; a campaign may assign quietly
 */
public record CampaignDraft(String name, String description, Set<String> moduleIds, boolean everyone, Set<String> roleKeys,
                            Set<Long> departmentIds, Set<String> locations, @Nullable Integer newJoinerDays,
                            ScheduleKind scheduleKind, @Nullable ZonedDateTime startsAt, @Nullable String cron, String zone,
                            int dueDays, @Nullable Integer skipValidDays, @Nullable Integer remindDaysBefore,
                            boolean remindOnDueDate, @Nullable Integer overdueEveryDays,
                            @Nullable Integer escalateManagerDays, @Nullable Integer escalateContinuityManagerDays,
                            boolean announceAssignments) {

    /** A draft that announces its assignments, as campaigns do unless told otherwise. */
    public CampaignDraft(String name, String description, Set<String> moduleIds, boolean everyone, Set<String> roleKeys,
                         Set<Long> departmentIds, Set<String> locations, @Nullable Integer newJoinerDays,
                         ScheduleKind scheduleKind, @Nullable ZonedDateTime startsAt, @Nullable String cron, String zone,
                         int dueDays, @Nullable Integer skipValidDays, @Nullable Integer remindDaysBefore,
                         boolean remindOnDueDate, @Nullable Integer overdueEveryDays,
                         @Nullable Integer escalateManagerDays, @Nullable Integer escalateContinuityManagerDays) {
        this(name, description, moduleIds, everyone, roleKeys, departmentIds, locations, newJoinerDays, scheduleKind, startsAt, cron,
                zone, dueDays, skipValidDays, remindDaysBefore, remindOnDueDate, overdueEveryDays, escalateManagerDays,
                escalateContinuityManagerDays, true);
    }

    /** The same draft with announcements on or off. */
    public CampaignDraft withAnnounceAssignments(boolean announce) {
        return new CampaignDraft(name, description, moduleIds, everyone, roleKeys, departmentIds, locations, newJoinerDays, scheduleKind,
                startsAt, cron, zone, dueDays, skipValidDays, remindDaysBefore, remindOnDueDate, overdueEveryDays, escalateManagerDays,
                escalateContinuityManagerDays, announce);
    }
}
