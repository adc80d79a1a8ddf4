package org.continuityacademy.catalogue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads and validates a content folder: {@code roles.yaml} ({@link RolesParser}), {@code organisation.yaml}
 * ({@link OrganisationFactsParser}), {@code example-register.yaml} ({@link ExampleRegister}) and {@code modules/<id>/} ({@link ModuleParser}, which reads the question bank
 * with {@link QuestionBankParser}). Never throws for bad content: every problem is collected with its file and line,
 * and a module with any problem is left out of the result. A problem's words are a {@code content.problem.*} text of
 * the catalogue's bundle; the parts of a file they name ("the front matter", "question 'q1'") are
 * {@code content.what.*} phrases.
 */
final class ContentParser {

    static final String ROLES_FILE = "roles.yaml";
    static final String MODULES = "modules/";
    static final String MODULE_FILE = "module.md";
    static final String QUESTIONS_FILE = "questions.yaml";

    static final Pattern KEY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final ModuleParser modules = new ModuleParser();

    /**
     * What a content folder holds: the valid roles and modules, and every problem found.
     *
     * @param facts    the organisation's facts from organisation.yaml (none when there is no such file), or null when
     *                 the file has problems
     * @param register the example firm's services from example-register.yaml, whose figures the lint holds the text to;
     *                 null when there is no such file
     */
    record Result(List<RoleDefinition> roles, Map<String, ModuleDefinition> modules,
                  Map<String, List<ContentProblem>> moduleProblems, List<ContentProblem> otherProblems,
                  @Nullable List<FactDefinition> facts, @Nullable ExampleRegister register) {

        List<ContentProblem> allProblems() {
            var all = new ArrayList<>(otherProblems);
            moduleProblems.values().forEach(all::addAll);
            return all;
        }
    }

    Result parse(Map<String, byte[]> files) {
        return parse(files, Set.of());
    }

    /**
     * @param lastFactKeys the facts placeholders may name when organisation.yaml has problems (those of the last valid
     *                     one); otherwise the file's own
     */
    Result parse(Map<String, byte[]> files, Set<String> lastFactKeys) {
        var other = new ArrayList<ContentProblem>();
        List<RoleDefinition> roles = files.containsKey(ROLES_FILE)
                ? new RolesParser().parse(text(files.get(ROLES_FILE)), other)
                : missing(other);
        Set<String> roleKeys = new HashSet<>();
        roles.forEach(r -> roleKeys.add(r.key()));
        // no organisation.yaml: no facts (a content folder from before placeholders existed), not a problem
        List<FactDefinition> facts = files.containsKey(OrganisationFactsParser.FILE)
                ? new OrganisationFactsParser().parse(text(files.get(OrganisationFactsParser.FILE)), other)
                : List.of();
        Set<String> factKeys = facts == null ? Set.copyOf(lastFactKeys)
                : facts.stream().map(FactDefinition::key).collect(java.util.stream.Collectors.toUnmodifiableSet());

        // optional: without it the lint checks no example figures
        ExampleRegister register = files.containsKey(ExampleRegister.FILE)
                ? ExampleRegister.parse(text(files.get(ExampleRegister.FILE)), other)
                : null;

        Map<String, Map<String, byte[]>> folders = new TreeMap<>();
        files.forEach((path, bytes) -> {
            if (path.startsWith(MODULES)) {
                String rest = path.substring(MODULES.length());
                int slash = rest.indexOf('/');
                if (slash > 0) {
                    folders.computeIfAbsent(rest.substring(0, slash), k -> new TreeMap<>()).put(rest.substring(slash + 1), bytes);
                } else {
                    other.add(new ContentProblem(path, null, "content.problem.outside-module"));
                }
            }
        });

        var valid = new LinkedHashMap<String, ModuleDefinition>();
        var moduleProblems = new LinkedHashMap<String, List<ContentProblem>>();
        var idsByFolder = new HashMap<String, String>();
        for (var folder : folders.entrySet()) {
            var problems = new ArrayList<ContentProblem>();
            ModuleDefinition module = modules.parse(folder.getKey(), folder.getValue(), roleKeys, factKeys, problems);
            if (module != null) {
                String clash = idsByFolder.putIfAbsent(module.id(), folder.getKey());
                if (clash != null) {
                    problems.add(new ContentProblem(MODULES + folder.getKey() + "/" + MODULE_FILE, 2,
                            "content.problem.duplicate-module-id", module.id(), clash));
                }
            }
            if (problems.isEmpty() && module != null) {
                valid.put(module.id(), module);
            } else {
                moduleProblems.put(folder.getKey(), problems);
            }
        }
        return new Result(roles, valid, moduleProblems, other, facts, register);
    }

    private static List<RoleDefinition> missing(List<ContentProblem> problems) {
        problems.add(new ContentProblem(ROLES_FILE, null, "content.problem.roles-missing"));
        return List.of();
    }

    /**
     * One module folder's files, by name within the folder.
     *
     * @param roleKeys the known role keys, or null to skip the audience check (re-reading a stored version)
     * @param factKeys the facts placeholders may name, or null to skip the check (re-reading a stored version)
     */
    @Nullable ModuleDefinition parseModule(String folder, Map<String, byte[]> files, @Nullable Set<String> roleKeys,
                                           @Nullable Set<String> factKeys, List<ContentProblem> problems) {
        return modules.parse(folder, files, roleKeys, factKeys, problems);
    }

    static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
