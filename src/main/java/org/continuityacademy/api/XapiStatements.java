package org.continuityacademy.api;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.continuityacademy.directory.EmployeeDirectory;
import org.continuityacademy.directory.EmployeeRow;
import org.continuityacademy.training.LearningEvent;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Turns learning events into xAPI statements. A completion is two statements (the module's quiz
 * {@code passed}, the module {@code completed}); a failed quiz attempt is {@code failed}. Activities are
 * the module's and its quiz's addresses in the app, so they are IRIs that resolve for a person.
 * Statement ids are name-based UUIDs of the record and verb: the same record gives the same id on every
 * call, so a learning record store that fetches a page twice does not store it twice.
 */
@Component
class XapiStatements {

    static final String VERBS = "http://adlnet.gov/expapi/verbs/";
    static final String ACTIVITY_TYPES = "http://adlnet.gov/expapi/activities/";

    private final EmployeeDirectory directory;
    private final String baseUrl;

    XapiStatements(EmployeeDirectory directory, @Value("${academy.base-url}") String baseUrl) {
        this.directory = directory;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    List<Xapi.Statement> of(Collection<LearningEvent> events) {
        Map<Long, EmployeeRow> people = directory.employees(events.stream().map(LearningEvent::employeeId).distinct().toList());
        return events.stream().map(e -> {
            EmployeeRow person = people.get(e.employeeId());
            return person == null ? null : statement(e, person);
        }).filter(Objects::nonNull).toList();
    }

    private Xapi.Statement statement(LearningEvent event, EmployeeRow person) {
        var module = new Xapi.Activity("Activity", baseUrl + "/learn/" + event.moduleId(),
                new Xapi.Definition(Map.of("en-US", event.moduleTitle()), ACTIVITY_TYPES + "course"));
        var quiz = new Xapi.Activity("Activity", module.id() + "/quiz",
                new Xapi.Definition(Map.of("en-US", event.moduleTitle() + " — quiz"), ACTIVITY_TYPES + "assessment"));
        var score = Xapi.Score.percent(event.score());
        Map<String, Object> extensions = Map.of(baseUrl + "/xapi/extensions/module-version", event.moduleVersion());
        var inModule = new Xapi.Context("Continuity Academy", "en-US", new Xapi.ContextActivities(List.of(
                new Xapi.Activity("Activity", module.id(), null))), extensions);
        var plain = new Xapi.Context("Continuity Academy", "en-US", null, extensions);
        return switch (event.kind()) {
            case QUIZ_PASSED -> new Xapi.Statement(id(event), actor(person), verb("passed"), quiz,
                    new Xapi.Result(score, true, true), inModule, event.at(), Xapi.VERSION);
            case MODULE_COMPLETED -> new Xapi.Statement(id(event), actor(person), verb("completed"), module,
                    new Xapi.Result(score, true, true), plain, event.at(), Xapi.VERSION);
            // the attempt was finished (submitted) without reaching the pass mark
            case QUIZ_FAILED -> new Xapi.Statement(id(event), actor(person), verb("failed"), quiz,
                    new Xapi.Result(score, false, true), inModule, event.at(), Xapi.VERSION);
        };
    }

    private static Xapi.Actor actor(EmployeeRow person) {
        return Xapi.Actor.agent(person.fullName(), person.email());
    }

    private static Xapi.Verb verb(String name) {
        return new Xapi.Verb(VERBS + name, Map.of("en-US", name));
    }

    /** Stable: a completion's two statements and a failed attempt's each have an id of their own, always the same. */
    static String id(LearningEvent event) {
        String source = switch (event.kind()) {
            case QUIZ_PASSED -> "completion/" + event.recordId() + "/passed";
            case MODULE_COMPLETED -> "completion/" + event.recordId() + "/completed";
            case QUIZ_FAILED -> "quiz-attempt/" + event.recordId() + "/failed";
        };
        return UUID.nameUUIDFromBytes(("continuity-academy/" + source).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
