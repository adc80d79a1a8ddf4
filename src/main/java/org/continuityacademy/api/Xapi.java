package org.continuityacademy.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The parts of an xAPI 1.0.3 statement this API sends (the spec's names and nesting, so a learning record
 * store can take them as they are). Maps with language keys are the spec's "language maps".
 */
final class Xapi {

    static final String VERSION = "1.0.3";
    static final String VERSION_HEADER = "X-Experience-API-Version";

    private Xapi() {
    }

    /** A page of statements; {@code more} is the relative address of the next page, or empty on the last. */
    record StatementResult(List<Statement> statements, String more) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Statement(String id, Actor actor, Verb verb, Activity object, Result result, Context context, Instant timestamp,
                     String version) {
    }

    /** A person, identified by their e-mail address as a {@code mailto:} IRI. */
    record Actor(String objectType, String name, String mbox) {

        static Actor agent(String name, String email) {
            return new Actor("Agent", name, "mailto:" + email);
        }
    }

    record Verb(String id, Map<String, String> display) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Activity(String objectType, String id, @Nullable Definition definition) {
    }

    record Definition(Map<String, String> name, String type) {
    }

    record Result(Score score, boolean success, boolean completion) {
    }

    /** @param scaled raw / 100, between 0 and 1 */
    record Score(double scaled, int raw, int min, int max) {

        static Score percent(int percent) {
            return new Score(percent / 100.0, percent, 0, 100);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Context(String platform, String language, @Nullable ContextActivities contextActivities,
                   Map<String, Object> extensions) {
    }

    record ContextActivities(List<Activity> parent) {
    }
}
