package org.continuityacademy.training;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.continuityacademy.base.i18n.Formats;
import org.continuityacademy.base.i18n.Messages;
import org.continuityacademy.directory.WaitingTraining;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lists a newcomer's open training in their invitation e-mail, in the same words as the "new training" e-mail, and
 * marks the assignments it lists as announced so that e-mail does not follow with the same news.
 */
@Component
class InvitationTraining implements WaitingTraining {

    private final JdbcClient jdbc;
    private final Messages messages;
    private final Clock clock;

    InvitationTraining(JdbcClient jdbc, Messages messages, Clock clock) {
        this.jdbc = jdbc;
        this.messages = messages;
        this.clock = clock;
    }

    private record Open(long id, String title, java.time.LocalDate dueOn, String reason) {
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public List<String> listForInvitation(long employeeId, Locale locale) {
        List<Open> open = jdbc.sql("""
                        select a.id, coalesce(v.title, a.module_id) as title, a.due_on, a.reason
                        from training_assignment a
                        left join training_module m on m.module_id = a.module_id
                        left join training_module_version v on v.id = m.current_version_id
                        where a.employee_id = :employee and a.status = 'OPEN'
                        order by a.due_on, a.id
                        """).param("employee", employeeId)
                .query((rs, n) -> new Open(rs.getLong("id"), rs.getString("title"), rs.getDate("due_on").toLocalDate(),
                        rs.getString("reason")))
                .list();
        if (open.isEmpty()) {
            return List.of();
        }
        jdbc.sql("""
                        update training_assignment set announcement = 'SENT', announced_at = :now
                        where id in (:ids) and announcement = 'PENDING'
                        """).param("now", UtcText.of(clock.instant())).param("ids", open.stream().map(Open::id).toList())
                .update();
        Formats formats = messages.formats(locale);
        return open.stream()
                .map(o -> messages.get(locale, "training.announcement.line", o.title(), formats.date(o.dueOn()), o.reason()))
                .toList();
    }
}
