package org.continuityacademy.catalogue;

import java.util.List;

/** A continuity role from {@code content/roles.yaml}: what a person does in a disruption. */
public record RoleDefinition(String key, String name, String description, boolean perService, boolean deputyExpected,
                             List<String> before, List<String> during, List<String> after) {

    public static final String ALL_STAFF = "all-staff";
}
