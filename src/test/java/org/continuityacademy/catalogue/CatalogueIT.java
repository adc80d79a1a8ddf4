package org.continuityacademy.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.continuityacademy.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
@RecordApplicationEvents
class CatalogueIT {

    @Autowired
    Catalogue catalogue;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    ApplicationEvents events;

    Path folder;

    @BeforeEach
    void copyTheShippedContent() throws IOException {
        folder = Files.createTempDirectory("content-");
        try (Stream<Path> paths = Files.walk(Path.of("content"))) {
            for (Path p : paths.toList()) {
                Path target = folder.resolve(Path.of("content").relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    @AfterEach
    void restoreTheShippedContent() throws IOException {
        // put the shipped modules back as they were, so other tests see the real catalogue
        catalogue.load("test", ContentSource.folder(Path.of("content")));
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    @WithUserDetails("continuity")
    void the_whole_curriculum_is_served_without_problems() {
        catalogue.load("test", ContentSource.folder(Path.of("content")));
        assertThat(catalogue.modules()).hasSizeGreaterThanOrEqualTo(13)
                .allSatisfy(m -> assertThat(m.waitingProblems()).isEmpty());
        assertThat(catalogue.lastLoad()).get().satisfies(r -> assertThat(r.problems()).isEmpty());
        assertThat(catalogue.roles()).extracting(RoleDefinition::key).contains("incident-commander", "all-staff");
    }

    @Test
    @WithUserDetails("continuity")
    void a_broken_new_version_keeps_the_last_good_one_served() throws IOException {
        Path module = folder.resolve("modules/itscm-for-everyone/module.md");
        String good = Files.readString(module);
        String shipped = versionOf(good).toString();
        Files.writeString(module, good.replace("version: " + shipped, "version: 9.2.0").replace("passMark: 80", "passMark: 180"));

        var report = catalogue.load("test", ContentSource.folder(folder));

        assertThat(report.problems()).anySatisfy(p -> assertThat(p)
                .startsWith("modules/itscm-for-everyone/module.md:").contains("passMark").contains("between 1 and 100"));
        var served = catalogue.modules().stream().filter(m -> m.id().equals("itscm-for-everyone")).findFirst().orElseThrow();
        assertThat(served.version()).isEqualTo(shipped);
        assertThat(served.passMark()).isEqualTo(80);
        assertThat(served.waitingProblems()).isNotEmpty();
        assertThat(catalogue.preview("itscm-for-everyone")).isPresent();
    }

    @Test
    @WithUserDetails("continuity")
    void a_title_longer_than_its_column_is_a_content_problem_and_the_last_version_stays_served() throws IOException {
        Path module = folder.resolve("modules/itscm-for-everyone/module.md");
        String good = Files.readString(module);
        String title = good.lines().filter(l -> l.startsWith("title:")).findFirst().orElseThrow();
        String shipped = versionOf(good).toString();
        Files.writeString(module, good.replace("version: " + shipped, "version: 9.3.0").replace(title, "title: " + "T".repeat(201)));

        var report = catalogue.load("test", ContentSource.folder(folder));

        assertThat(report.problems()).anySatisfy(p -> assertThat(p).startsWith("modules/itscm-for-everyone/module.md")
                .contains("title: at most 200 characters, and this has 201"));
        assertThat(catalogue.modules()).filteredOn(m -> m.id().equals("itscm-for-everyone")).singleElement()
                .satisfies(m -> assertThat(m.version()).isEqualTo(shipped));
    }

    @Test
    @WithUserDetails("continuity")
    void a_minor_version_marked_retrain_is_announced_as_a_correction_with_its_note() throws IOException {
        Path module = folder.resolve("modules/the-continuity-plan/module.md");
        String text = Files.readString(module);
        SemVer shipped = versionOf(text);
        String next = new SemVer(shipped.major(), shipped.minor(), shipped.patch() + 1).toString();
        Files.writeString(module, released(text, next, "retrain: true\n", "The restore order was wrong"));

        var report = catalogue.load("test", ContentSource.folder(folder));

        assertThat(report.problems()).isEmpty();
        assertThat(events.stream(ModuleVersionReleased.class)).anySatisfy(e -> {
            assertThat(e.moduleId()).isEqualTo("the-continuity-plan");
            assertThat(e.version()).isEqualTo(next);
            assertThat(e.majorChange()).isFalse();
            assertThat(e.retrain()).isTrue();
            assertThat(e.note()).isEqualTo("The restore order was wrong");
        });
    }

    @Test
    @WithUserDetails("continuity")
    void a_new_major_version_is_reported_and_announced() throws IOException {
        Path module = folder.resolve("modules/the-continuity-plan/module.md");
        String text = Files.readString(module);
        SemVer shipped = versionOf(text);
        String next = (shipped.major() + 1) + ".0.0";
        Files.writeString(module, released(text, next, "", "New plan template")
                .replace("## ", "Updated for the new plan template.\n\n## "));

        var report = catalogue.load("test", ContentSource.folder(folder));

        assertThat(report.majorChanges()).isEqualTo(1);
        assertThat(report.problems()).isEmpty();
        assertThat(events.stream(ModuleVersionReleased.class))
                .anySatisfy(e -> {
                    assertThat(e.moduleId()).isEqualTo("the-continuity-plan");
                    assertThat(e.version()).isEqualTo(next);
                    assertThat(e.previousVersion()).isEqualTo(shipped.toString());
                    assertThat(e.majorChange()).isTrue();
                });
    }

    @Test
    @WithUserDetails("continuity")
    void changed_content_without_a_new_version_is_refused() throws IOException {
        Path module = folder.resolve("modules/reflect-and-refine/module.md");
        String text = Files.readString(module);
        Files.writeString(module, text + "\nOne more sentence.\n");

        var report = catalogue.load("test", ContentSource.folder(folder));

        assertThat(report.problems()).anySatisfy(p -> assertThat(p).contains("reflect-and-refine")
                .contains("the content changed but the version is still " + versionOf(text)));
    }

    /** The version in a module's front matter (the shipped content's versions move on; the tests follow them). */
    private static SemVer versionOf(String moduleText) {
        var m = java.util.regex.Pattern.compile("(?m)^version: (\\S+)$").matcher(moduleText);
        assertThat(m.find()).as("a version line").isTrue();
        return SemVer.parse(m.group(1));
    }

    /** The module text as a new version: its version line, extra front matter after it, and the change log's entry. */
    private static String released(String moduleText, String version, String extra, String note) {
        return moduleText.replaceFirst("(?m)^version: \\S+$", "version: " + version + "\n" + extra.strip())
                .replaceFirst("(?m)^changes:$", "changes:\n  - { version: " + version + ", date: 2026-12-07, note: " + note + " }");
    }

    @Test
    @WithUserDetails("continuity")
    void a_module_whose_folder_is_gone_is_retired_not_deleted() throws IOException {
        try (Stream<Path> paths = Files.walk(folder.resolve("modules/itscm-dr-and-bc"))) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        var report = catalogue.load("test", ContentSource.folder(folder));

        assertThat(report.removed()).isEqualTo(1);
        assertThat(catalogue.modules()).filteredOn(m -> m.id().equals("itscm-dr-and-bc"))
                .singleElement().satisfies(m -> assertThat(m.retired()).isTrue());
    }

    @Test
    @WithUserDetails("continuity")
    void module_images_are_stored_and_served_from_the_database() {
        var preview = catalogue.preview("knowing-our-critical-services").orElseThrow();
        String html = String.join("", preview.sections().stream().map(ModulePreview.Section::html).toList());
        assertThat(html).containsPattern("src=\"/content-assets/\\d+/recovery-timeline.svg\"");
        long versionId = Long.parseLong(html.replaceAll("(?s).*src=\"/content-assets/(\\d+)/.*", "$1"));
        assertThat(catalogue.asset(versionId, "recovery-timeline.svg")).get()
                .satisfies(a -> assertThat(a.mediaType()).isEqualTo("image/svg+xml"));
    }

    @Test
    @WithUserDetails("hr")
    void hr_sees_the_catalogue_but_not_the_answers_and_cannot_reload() {
        assertThat(catalogue.modules()).isNotEmpty();
        assertThatThrownBy(() -> catalogue.questionBank("itscm-for-everyone")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> catalogue.reload()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("learner")
    void a_learner_cannot_browse_the_catalogue_or_its_answers() {
        assertThatThrownBy(() -> catalogue.modules()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> catalogue.questionBank("itscm-for-everyone")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("continuity")
    void the_continuity_manager_sees_the_answers() {
        assertThat(catalogue.questionBank("itscm-for-everyone")).hasSizeGreaterThanOrEqualTo(20)
                .allSatisfy(q -> assertThat(q.correctOptionIds()).isNotEmpty());
    }

    @Test
    @WithUserDetails("learner")
    void the_answers_of_a_version_are_read_only_inside_the_quiz_engines_transaction_never_by_a_view() {
        long versionId = catalogue.servedModules().stream().filter(m -> m.id().equals("itscm-for-everyone")).findFirst().orElseThrow()
                .versionId();

        assertThatThrownBy(() -> catalogue.questionBank(versionId)).isInstanceOf(IllegalTransactionStateException.class);
        // the quiz engine (training.Quiz, alone: ArchitectureTest) reads it inside its own transaction
        assertThat(transactions.execute(status -> catalogue.questionBank(versionId)).orElseThrow().questions())
                .allSatisfy(q -> assertThat(q.correctOptionIds()).isNotEmpty());
    }

    @Test
    @WithUserDetails("continuity")
    void not_even_the_continuity_manager_reads_a_versions_answers_outside_a_transaction() {
        long versionId = catalogue.servedModules().getFirst().versionId();
        assertThatThrownBy(() -> catalogue.questionBank(versionId)).isInstanceOf(IllegalTransactionStateException.class);
    }
}
