package org.continuityacademy.evidence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.continuityacademy.base.i18n.Labelled;
import org.continuityacademy.continuity.Position;
import org.continuityacademy.continuity.ServiceState;
import org.jspecify.annotations.Nullable;

/**
 * Everything an evidence pack states, as at the end of {@code asOf} in the organisation's time zone, read from
 * the records by {@link EvidenceQueries}; {@link EvidencePdf} and {@link EvidenceCsv} only lay it out.
 */
record EvidenceContent(String organisation, LocalDate asOf, LocalDate periodFrom, String generatedBy, Instant generatedAt,
                       List<RoleCompetence> roles, List<VersionInForce> versions, List<Holder> holders, int allStaffCount,
                       Coverage coverage, List<ServiceAtDate> services, List<GapRow> gaps, List<CampaignRun> campaignRuns) {

    /** Whether a holder's required module was current at the end of the as-at date (its text: {@code Standing.*}). */
    enum Standing implements Labelled {
        CURRENT, EXPIRED, NEVER
    }

    /** A continuity role and the modules it requires; no description when today's catalogue no longer has the role. */
    record RoleCompetence(String key, String name, @Nullable String description, boolean perService, boolean deputyExpected,
                          List<String> moduleIds) {
    }

    /** The latest version of a module published on or before the as-at date. */
    record VersionInForce(String moduleId, String title, String version, Instant publishedAt, boolean retiredNow,
                          List<String> requiredFor) {
    }

    /** A role held at the as-at date, with the person's training for each module the role requires. */
    record Holder(long assignmentId, String roleKey, String roleName, @Nullable Long serviceId, @Nullable String serviceName,
                  Position position, long employeeId, String personName, String employeeNumber, @Nullable String department,
                  LocalDate validFrom, List<TrainingLine> training) {

        /** Ready: every required module current (a role requiring nothing is ready). */
        boolean ready() {
            return training.stream().allMatch(t -> t.standing() == Standing.CURRENT);
        }
    }

    /** The latest completion of a required module on or before the as-at date (the current one, if any). */
    record TrainingLine(String moduleId, @Nullable String version, @Nullable Integer score, @Nullable Instant completedAt,
                        @Nullable Instant expiresAt, Standing standing) {
    }

    /** Required (person, module) pairs and how many were current; overall, by role and for all staff by module. */
    record Coverage(Slice overall, List<Slice> byRole, List<Slice> allStaffByModule) {
    }

    record Slice(String label, int required, int current) {

        double percent() {
            return required == 0 ? 100.0 : 100.0 * current / required;
        }
    }

    /** A critical service's readiness at the as-at date and who held its required roles. */
    record ServiceAtDate(long id, String name, int tier, ServiceState state, List<Slot> slots) {
    }

    record Slot(String roleName, boolean deputyRequired, List<Holder> primaries, List<Holder> deputies) {
    }

    /** Days in the period when a role holder had no current completion of a required module. */
    record GapRow(String roleName, @Nullable String serviceName, Position position, String personName, String employeeNumber,
                  @Nullable String department, String moduleId, LocalDate from, LocalDate to, long days, boolean afterExpiry,
                  boolean openAtEnd) {
    }

    /** A campaign run fired in the period. */
    record CampaignRun(String campaignName, Instant fireTime, String triggeredBy, int targeted, int assigned, int skipped,
                       int alreadyOpen, String status) {
    }
}
