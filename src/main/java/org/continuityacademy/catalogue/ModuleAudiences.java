package org.continuityacademy.catalogue;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The {@code training_module_role} table: which roles each served module is required for. Rewritten on
 * every load from the current versions, so that readiness and coverage can be computed in SQL.
 */
@Component
class ModuleAudiences {

    private final JdbcClient jdbc;

    ModuleAudiences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void replace(Map<String, List<String>> audienceByModule) {
        jdbc.sql("delete from training_module_role").update();
        audienceByModule.forEach((module, roles) -> roles.stream().distinct().forEach(role ->
                jdbc.sql("insert into training_module_role (role_key, module_id) values (?, ?)").params(role, module).update()));
    }

    List<String> modulesFor(String roleKey) {
        return jdbc.sql("select module_id from training_module_role where role_key = ? order by module_id")
                .param(roleKey).query(String.class).list();
    }
}
