package org.continuityacademy.demo.idp;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Everyone in the demo organisation as Harbourline ID knows them: read from HR's list in the app's database
 * (the provider of a real organisation would hold its own copy). Leavers are still known here, as they often are
 * for a while in a real directory; the app refuses them. The app roles HR, continuity manager and administrator
 * of a person's account become groups, so that the app can map them back ({@code SSO_GROUPS_CLAIM=groups}).
 */
public final class DemoIdentities implements IdentityDirectory {

    public static final String HR_GROUP = "continuity-academy-hr";
    public static final String CONTINUITY_MANAGER_GROUP = "continuity-academy-continuity-managers";
    public static final String ADMIN_GROUP = "continuity-academy-administrators";

    private final JdbcClient jdbc;

    public DemoIdentities(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Person> find(String username) {
        return jdbc.sql("""
                        select e.id, e.email, e.first_name, e.last_name, e.employee_number,
                               (select group_concat(r.role) from account a join account_role r on r.account_id = a.id
                                where a.employee_id = e.id) roles
                        from employee e where lower(e.email) = lower(?) order by e.active desc, e.id limit 1
                        """)
                .param(username)
                .query((rs, n) -> new Person("harbourline-" + rs.getLong("id"), rs.getString("email"), true,
                        rs.getString("first_name"), rs.getString("last_name"), rs.getString("employee_number"),
                        groups(rs.getString("roles"))))
                .optional();
    }

    private static List<String> groups(String roles) {
        var groups = new ArrayList<String>();
        if (roles != null) {
            for (String role : roles.split(",")) {
                switch (role) {
                    case "HR" -> groups.add(HR_GROUP);
                    case "CONTINUITY_MANAGER" -> groups.add(CONTINUITY_MANAGER_GROUP);
                    case "ADMIN" -> groups.add(ADMIN_GROUP);
                    default -> { }
                }
            }
        }
        return groups;
    }
}
