package org.continuityacademy.base.time;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The application's one {@link Clock}: the system's time, in the organisation's time zone
 * ({@code ORGANISATION_TIME_ZONE}, an IANA id such as {@code Europe/Berlin}; default UTC). Everything that
 * asks for "now" or "today" gets it from this bean, so {@code LocalDate.now(clock)} is the organisation's
 * today and tests can move time with a clock of their own.
 */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

    @Bean
    Clock clock(@Value("${academy.organisation.time-zone:UTC}") String timeZone) {
        return Clock.system(zone(timeZone));
    }

    @Bean
    ReminderTime reminderTime(@Value("${academy.reminders.time:07:00}") String time) {
        try {
            return new ReminderTime(LocalTime.parse(time.strip()));
        } catch (DateTimeParseException e) {
            throw new IllegalStateException("REMINDER_TIME '" + time + "' is not a time of day: write it as HH:mm, for example 07:00");
        }
    }

    static ZoneId zone(String timeZone) {
        try {
            return ZoneId.of(timeZone.strip());
        } catch (DateTimeException e) {
            throw new IllegalStateException("ORGANISATION_TIME_ZONE '" + timeZone
                    + "' is not a time zone: use an IANA time zone id such as Europe/London, Europe/Berlin or Pacific/Auckland");
        }
    }
}
