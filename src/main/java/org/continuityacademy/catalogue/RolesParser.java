package org.continuityacademy.catalogue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.continuityacademy.catalogue.ContentProblem.Phrase;
import org.jspecify.annotations.Nullable;

/** Reads {@code roles.yaml}, the continuity role catalogue: every problem with its line, only valid roles kept. */
final class RolesParser {

    private static final Set<String> ROLE_FIELDS = Set.of("key", "name", "description", "scope", "deputyExpected",
            "responsibilities");
    private static final Phrase ROLES_YAML = new Phrase("content.what.roles-file");
    private static final Phrase A_ROLE = new Phrase("content.what.a-role");

    List<RoleDefinition> parse(String text, List<ContentProblem> problems) {
        var yaml = new YamlReader(ContentParser.ROLES_FILE, 0, problems);
        var root = yaml.parse(text);
        if (root == null) {
            return List.of();
        }
        var top = yaml.mapping(root, ROLES_YAML);
        if (top == null) {
            return List.of();
        }
        yaml.onlyKnownFields(root, top, Set.of("roles"), ROLES_YAML);
        var items = yaml.sequence(root, top, "roles", ROLES_YAML, true);
        var roles = new ArrayList<RoleDefinition>();
        var keys = new HashSet<String>();
        if (items == null) {
            return roles;
        }
        for (var item : items) {
            int before = problems.size();
            var fields = yaml.mapping(item, A_ROLE);
            if (fields == null) {
                continue;
            }
            String key = yaml.text(item, fields, "key", A_ROLE, true);
            Phrase what = key == null ? A_ROLE : new Phrase("content.what.role", key);
            yaml.onlyKnownFields(item, fields, ROLE_FIELDS, what);
            if (key != null && !ContentParser.KEY.matcher(key).matches()) {
                yaml.problem(fields.get("key"), "content.problem.role-key-format", key);
            }
            if (key != null && !keys.add(key)) {
                yaml.problem(fields.get("key"), "content.problem.duplicate-role-key", key);
            }
            String name = yaml.text(item, fields, "name", what, true);
            String description = yaml.text(item, fields, "description", what, true);
            String scope = yaml.text(item, fields, "scope", what, true);
            if (scope != null && !scope.equals("organisation") && !scope.equals("service")) {
                yaml.problem(fields.get("scope"), "content.problem.role-scope", what, scope);
            }
            Boolean deputy = yaml.bool(item, fields, "deputyExpected", what, true);
            List<String> b = List.of(), d = List.of(), a = List.of();
            var resp = fields.get("responsibilities");
            if (resp == null) {
                yaml.problem(item, "content.problem.missing-field", "responsibilities", what);
            } else {
                var of = new Phrase("content.what.responsibilities", what);
                var phases = yaml.mapping(resp, of);
                if (phases != null) {
                    yaml.onlyKnownFields(resp, phases, Set.of("before", "during", "after"), of);
                    b = orEmpty(yaml.textList(resp, phases, "before", of, true));
                    d = orEmpty(yaml.textList(resp, phases, "during", of, true));
                    a = orEmpty(yaml.textList(resp, phases, "after", of, true));
                }
            }
            if (problems.size() == before) {
                roles.add(new RoleDefinition(key, name, description, "service".equals(scope), deputy, b, d, a));
            }
        }
        if (!keys.contains(RoleDefinition.ALL_STAFF) && !items.isEmpty()) {
            yaml.problem(root, "content.problem.all-staff-missing", RoleDefinition.ALL_STAFF);
        }
        return roles;
    }

    private static <T> List<T> orEmpty(@Nullable List<T> list) {
        return list == null ? List.of() : list;
    }
}
