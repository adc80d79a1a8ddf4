package org.continuityacademy.catalogue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.continuityacademy.base.db.ColumnSizes;
import org.continuityacademy.base.i18n.Messages;
import org.continuityacademy.security.Access;
import org.continuityacademy.security.CurrentUser;
import org.continuityacademy.security.NotPersonal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The training catalogue: loads and validates the content folder, keeps every valid module version in
 * the database, and serves the current version of each module. An invalid file never replaces the
 * last valid version; its problems are reported to the continuity manager, in their language.
 */
@Service
public class Catalogue {

    private static final Logger log = LoggerFactory.getLogger(Catalogue.class);

    private final ModuleVersions versions;
    private final TrainingModules modules;
    private final ContentLoads loads;
    private final ContentAssets assets;
    private final ModuleAudiences audiences;
    private final ApplicationEventPublisher events;
    private final CurrentUser currentUser;
    private final ContentSource source;
    private final Messages messages;
    private final Clock clock;
    private final ColumnSizes columnSizes;
    private final OrganisationFacts organisationFacts;
    private final ContentParser parser = new ContentParser();
    private final MarkdownRenderer renderer = new MarkdownRenderer();
    /** Parsed versions by id; a version never changes once stored. */
    private final Map<Long, ModuleDefinition> parsed = new ConcurrentHashMap<>();
    private volatile List<RoleDefinition> roles = List.of();

    Catalogue(ModuleVersions versions, TrainingModules modules, ContentLoads loads, ContentAssets assets,
              ModuleAudiences audiences, ApplicationEventPublisher events, CurrentUser currentUser,
              @Value("${academy.content.dir:}") String contentDir, Messages messages, Clock clock, ColumnSizes columnSizes,
              OrganisationFacts organisationFacts) {
        this.columnSizes = columnSizes;
        this.organisationFacts = organisationFacts;
        this.messages = messages;
        this.clock = clock;
        this.versions = versions;
        this.modules = modules;
        this.loads = loads;
        this.assets = assets;
        this.audiences = audiences;
        this.events = events;
        this.currentUser = currentUser;
        this.source = contentDir.isBlank() ? ContentSource.classpath() : ContentSource.folder(Path.of(contentDir));
    }

    /** What of a module would not fit the database's columns: its id, title or version, an image's name or size. */
    private List<ContentProblem> doesNotFit(ModuleDefinition module) {
        var problems = new ArrayList<ContentProblem>();
        String moduleFile = ContentParser.MODULES + module.id() + "/" + ContentParser.MODULE_FILE;
        String[][] texts = {{"module_id", "id", module.id()}, {"title", "title", module.title()},
                {"version", "version", module.version().toString()}};
        for (String[] text : texts) {
            int max = columnSizes.max("training_module_version", text[0]);
            if (ColumnSizes.length(text[2]) > max) {
                problems.add(new ContentProblem(moduleFile, null, "content.problem.too-long", text[1], max, ColumnSizes.length(text[2])));
            }
        }
        int nameMax = columnSizes.max("training_module_asset", "name");
        long bytesMax = columnSizes.max("training_module_asset", "data");
        module.assets().forEach((name, bytes) -> {
            String file = ContentParser.MODULES + module.id() + "/" + name;
            if (ColumnSizes.length(name) > nameMax) {
                problems.add(new ContentProblem(file, null, "content.problem.file-name-too-long", nameMax, ColumnSizes.length(name)));
            } else if (bytes.length > bytesMax) {
                problems.add(new ContentProblem(file, null, "content.problem.image-too-large", bytesMax / (1024 * 1024)));
            }
        });
        return problems;
    }

    /** The modules the catalogue serves, in id order. */
    @PreAuthorize(Access.CATALOGUE_READERS)
    @Transactional(readOnly = true)
    public List<ModuleSummary> modules() {
        Map<String, List<String>> waiting = waitingProblems();
        return modules.findAllByOrderByModuleId().stream()
                .map(m -> summary(m, definition(m.getCurrentVersionId()), waiting.getOrDefault(m.getModuleId(), List.of())))
                .toList();
    }

    @PreAuthorize(Access.CATALOGUE_READERS)
    @Transactional(readOnly = true)
    public Optional<ModulePreview> preview(String moduleId) {
        return modules.findById(moduleId).map(m -> {
            ModuleDefinition module = definition(m.getCurrentVersionId());
            var sections = sections(m.getCurrentVersionId(), module);
            return new ModulePreview(summary(m, module, waitingProblems().getOrDefault(moduleId, List.of())), sections);
        });
    }

    /** The question bank with the correct answers: for the continuity manager only. */
    @PreAuthorize(Access.CONTINUITY_MANAGER)
    @Transactional(readOnly = true)
    public List<Question> questionBank(String moduleId) {
        return modules.findById(moduleId).map(m -> filled(definition(m.getCurrentVersionId()))).orElse(List.of());
    }

    /** The modules (served, not retired) that a continuity role requires, by id. */
    @NotPersonal("the catalogue's modules for a role: content, the same for everyone")
    @PreAuthorize(Access.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<String> modulesRequiredBy(String roleKey) {
        return audiences.modulesFor(roleKey);
    }

    /** The served version of each module asked for (retired ones too: their completions remain). */
    @NotPersonal("facts of training modules (title, version, pass mark): content, the same for everyone")
    @PreAuthorize(Access.SIGNED_IN)
    @Transactional(readOnly = true)
    public Map<String, ModuleInfo> moduleInfo(java.util.Collection<String> moduleIds) {
        var result = new LinkedHashMap<String, ModuleInfo>();
        modules.findAllById(moduleIds).forEach(m -> result.put(m.getModuleId(), info(m)));
        return result;
    }

    /** The served version of a module, to read: for anyone signed in (no questions, no answers). */
    @NotPersonal("a module's text to read, without questions or answers: content every employee may read")
    @PreAuthorize(Access.SIGNED_IN)
    @Transactional(readOnly = true)
    public Optional<ModuleReading> read(String moduleId) {
        return modules.findById(moduleId).filter(m -> !m.isRetired()).map(m -> {
            long versionId = m.getCurrentVersionId();
            return new ModuleReading(info(m), sections(versionId, definition(versionId)));
        });
    }

    /**
     * One stored version's facts and question bank with the correct answers, for the quiz engine
     * ({@code training.Quiz}) alone: ArchitectureTest refuses any other caller, and it runs only inside the
     * transaction of a quiz method that has checked the attempt is the signed-in learner's own. A view has no
     * transaction, so a view that called it would be refused, not answered. Answers never reach a browser before the
     * attempt is submitted.
     */
    @PreAuthorize(Access.SIGNED_IN)
    @Transactional(readOnly = true, propagation = Propagation.MANDATORY)
    public Optional<QuestionBank> questionBank(long versionId) {
        return versions.findById(versionId).map(v -> {
            ModuleDefinition d = definition(versionId);
            var module = new ModuleInfo(d.id(), d.title(), versionId, d.version().toString(), d.version().major(), d.summary(),
                    d.audience(), d.estimatedMinutes(), d.validityMonths(), d.passMark(), d.questionsPerAttempt(),
                    d.maxAttempts(), d.cooldownMinutes(), false, d.answers());
            Map<String, String> values = factValues(d.markdown());
            // the headings as written (no Markdown rendering: the quiz reads the bank on every save)
            List<String> sections = d.headings().stream().map(heading -> Placeholders.fill(heading, values)).toList();
            return new QuestionBank(module, filled(d), sections);
        });
    }

    /** Every served module, for choosing one (HR assigning a module by hand). */
    @NotPersonal("the served modules' facts: content, the same for everyone")
    @PreAuthorize(Access.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<ModuleInfo> servedModules() {
        return modules.findAllByOrderByModuleId().stream().filter(m -> !m.isRetired()).map(this::info).toList();
    }

    private ModuleInfo info(TrainingModule m) {
        ModuleDefinition d = definition(m.getCurrentVersionId());
        return new ModuleInfo(d.id(), d.title(), m.getCurrentVersionId(), d.version().toString(), d.version().major(),
                d.summary(), d.audience(), d.estimatedMinutes(), d.validityMonths(), d.passMark(), d.questionsPerAttempt(),
                d.maxAttempts(), d.cooldownMinutes(), m.isRetired(), d.answers());
    }

    /** The continuity role catalogue from roles.yaml (the last valid one read). */
    @NotPersonal("the continuity role catalogue from roles.yaml: content, the same for everyone")
    @PreAuthorize(Access.SIGNED_IN)
    public List<RoleDefinition> roles() {
        return roles;
    }

    @PreAuthorize(Access.CATALOGUE_READERS)
    @Transactional(readOnly = true)
    public Optional<LoadReport> lastLoad() {
        return loads.findFirstByOrderByLoadedAtDesc().map(load -> load.report(this::words));
    }

    /** Reads the content folder again and reports what changed. */
    @PreAuthorize(Access.CONTINUITY_MANAGER)
    @Transactional
    public LoadReport reload() {
        return load(currentUser.require().getUsername());
    }

    /** An image of a module version, for any signed-in person (learners read modules). */
    @NotPersonal("an image of a module: content every employee may read")
    @PreAuthorize(Access.SIGNED_IN)
    @Transactional(readOnly = true)
    public Optional<ContentAssets.Asset> asset(long versionId, String name) {
        return assets.find(versionId, name);
    }

    /**
     * Loads the content folder: stores new valid versions, serves them, retires modules whose folder
     * is gone, and records the report. Called at start-up (no user) and by {@link #reload()}.
     */
    @Transactional
    LoadReport load(String by) {
        return load(by, source);
    }

    @Transactional
    LoadReport load(String by, ContentSource source) {
        Map<String, byte[]> files;
        try {
            files = source.files();
        } catch (IOException | RuntimeException e) {
            var problem = new ContentProblem(source.describe(), null, "content.problem.unreadable", e.getMessage());
            log.warn("Content not loaded from {}: {}", source.describe(), e.toString());
            return loads.save(new ContentLoad(clock.instant(), by, source.describe(), 0, 0, 0, 0, List.of(problem))).report(this::words);
        }
        Instant now = clock.instant();
        // while organisation.yaml has problems, placeholders may name the facts of the last valid one
        ContentParser.Result result = parser.parse(files, organisationFacts.keysInContent());
        var problems = new ArrayList<>(result.allProblems());
        // quizzes a guesser could pass: said with the problems, the modules served all the same
        problems.addAll(ContentLint.check(result.modules().values(), LocalDate.now(clock), result.register()));
        if (result.facts() != null) {
            organisationFacts.define(result.facts());
        }
        if (!result.roles().isEmpty() && result.otherProblems().stream().noneMatch(p -> p.file().equals(ContentParser.ROLES_FILE))) {
            roles = List.copyOf(result.roles());
        }

        Map<String, TrainingModule> existing = new LinkedHashMap<>();
        modules.findAll().forEach(m -> existing.put(m.getModuleId(), m));
        int added = 0, minor = 0, major = 0, removed = 0;
        var released = new ArrayList<ModuleVersionReleased>();
        for (ModuleDefinition module : result.modules().values()) {
            var tooLarge = doesNotFit(module);
            if (!tooLarge.isEmpty()) {
                // said with its file, like any content problem; the last version that fitted stays served
                problems.addAll(tooLarge);
                continue;
            }
            TrainingModule served = existing.get(module.id());
            ModuleVersion previous = served == null ? null : versions.findById(served.getCurrentVersionId()).orElse(null);
            if (previous != null && previous.getContentHash().equals(module.contentHash())) {
                if (served.isRetired()) {
                    served.serve(previous.getId(), now);
                    added++;
                }
                continue;
            }
            if (previous != null && previous.getVersion().equals(module.version().toString())) {
                problems.add(new ContentProblem(ContentParser.MODULES + module.id() + "/" + ContentParser.MODULE_FILE, null,
                        "content.problem.version-unchanged", previous.getVersion()));
                continue;
            }
            ModuleVersion stored = versions.findByModuleIdAndContentHash(module.id(), module.contentHash())
                    .orElseGet(() -> {
                        ModuleVersion version = versions.saveAndFlush(new ModuleVersion(module, now));
                        assets.store(version.getId(), module.assets());
                        return version;
                    });
            boolean majorChange = previous != null && module.version().major() > previous.getMajor();
            if (served == null) {
                modules.save(new TrainingModule(module.id(), stored.getId(), now));
                added++;
            } else {
                served.serve(stored.getId(), now);
                if (majorChange) {
                    major++;
                } else {
                    minor++;
                }
            }
            // a correction re-trains like a major version, but only when it replaces another version
            boolean correction = previous != null && !majorChange && module.retrain();
            released.add(new ModuleVersionReleased(module.id(), stored.getId(), module.version().toString(),
                    previous == null ? null : previous.getVersion(), majorChange, correction, module.changeNote()));
        }
        var present = new HashSet<>(result.modules().keySet());
        present.addAll(result.moduleProblems().keySet());
        for (TrainingModule module : existing.values()) {
            if (!present.contains(module.getModuleId()) && !module.isRetired()) {
                module.retire(now);
                removed++;
            }
        }
        var audienceByModule = new LinkedHashMap<String, List<String>>();
        modules.findAllByOrderByModuleId().stream().filter(m -> !m.isRetired())
                .forEach(m -> audienceByModule.put(m.getModuleId(), definition(m.getCurrentVersionId()).audience()));
        audiences.replace(audienceByModule);
        released.forEach(events::publishEvent);
        var report = loads.save(new ContentLoad(now, by, source.describe(), added, minor, major, removed, problems)).report(this::words);
        log.info("Training content loaded from {}: {}", source.describe(), report.summary());
        Locale logs = messages.organisationLocale();
        problems.forEach(p -> log.warn("Content problem: {}", words(p, logs)));
        return report;
    }

    private ModuleDefinition definition(long versionId) {
        return parsed.computeIfAbsent(versionId, id -> {
            ModuleVersion version = versions.findById(id).orElseThrow();
            var files = new LinkedHashMap<String, byte[]>();
            files.put(ContentParser.MODULE_FILE, version.getModuleText().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            files.put(ContentParser.QUESTIONS_FILE, version.getQuestionsText().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            files.putAll(assets.all(id));
            var problems = new ArrayList<ContentProblem>();
            // the stored text was valid when stored; audience and placeholders are not re-checked against today's roles and facts
            ModuleDefinition module = parser.parseModule(version.getModuleId(), files, null, null, problems);
            if (module == null) {
                throw new IllegalStateException("Stored module version " + id + " no longer parses: " + problems);
            }
            return module;
        });
    }

    /**
     * A version's sections as a learner reads them, with the organisation's facts as they are now: read on every call,
     * so a value the continuity manager changes shows at once, on every node.
     */
    private List<ModulePreview.Section> sections(long versionId, ModuleDefinition module) {
        Map<String, String> values = factValues(module.markdown());
        return renderer.sections(module.markdown(), name -> assetUrl(versionId, name)).stream()
                .map(s -> new ModulePreview.Section(Placeholders.fill(s.title(), values), Placeholders.fillHtml(s.html(), values)))
                .toList();
    }

    /** A version's questions with the organisation's facts as they are now. */
    private List<Question> filled(ModuleDefinition module) {
        Map<String, String> values = factValues(module.questionsText());
        return values.isEmpty() ? module.questions() : module.questions().stream().map(q -> Placeholders.fill(q, values)).toList();
    }

    /** The facts' values, read only for a text that holds a placeholder. */
    private Map<String, String> factValues(String text) {
        return text.contains("{{") ? organisationFacts.values() : Map.of();
    }

    private Map<String, List<String>> waitingProblems() {
        Map<String, List<String>> waiting = new LinkedHashMap<>();
        lastLoadProblems().forEach(p -> {
            if (p.file().startsWith(ContentParser.MODULES)) {
                String rest = p.file().substring(ContentParser.MODULES.length());
                int slash = rest.indexOf('/');
                if (slash > 0) {
                    waiting.computeIfAbsent(rest.substring(0, slash), k -> new ArrayList<>()).add(words(p));
                }
            }
        });
        return waiting;
    }

    private List<ContentProblem> lastLoadProblems() {
        return loads.findFirstByOrderByLoadedAtDesc().map(ContentLoad::problems).orElse(List.of());
    }

    /** "file:line: what is wrong", in the current person's language (the organisation's outside the UI). */
    private String words(ContentProblem problem) {
        return words(problem, messages.currentLocale());
    }

    private String words(ContentProblem problem, Locale locale) {
        String text = messages.get(locale, problem.what().key(), problem.what().getArguments());
        return problem.file().isEmpty() ? text : problem.where() + ": " + text;
    }

    private static ModuleSummary summary(TrainingModule served, ModuleDefinition m, List<String> waiting) {
        return new ModuleSummary(m.id(), m.title(), m.version().toString(), m.summary(), m.audience(),
                m.estimatedMinutes(), m.validityMonths(), m.passMark(), m.questionsPerAttempt(), m.questions().size(),
                m.owner(), m.reviewBy(), served.isRetired(), waiting);
    }

    static String assetUrl(long versionId, String name) {
        return "/content-assets/" + versionId + "/" + name;
    }
}
