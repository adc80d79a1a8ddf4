package org.continuityacademy.continuity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.continuityacademy.base.i18n.Messages;
import org.continuityacademy.catalogue.Catalogue;
import org.continuityacademy.catalogue.RoleDefinition;
import org.continuityacademy.security.Access;
import org.continuityacademy.security.CurrentUser;
import org.continuityacademy.security.ScopedToCaller;
import org.continuityacademy.services.Durations;
import org.continuityacademy.services.ServiceRegister;
import org.continuityacademy.services.ServiceSummary;
import org.continuityacademy.training.LearnerServices;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The services the signed-in learner holds a role for, worded for a personal quiz question: "Payments Gateway", "IT
 * Recovery Lead", tier "1", RTO "30 minutes", RPO "zero (no data loss)", MTPD "2 hours". The register's values as they are now.
 */
@Service
class PersonalServices implements LearnerServices {

    private final RoleAssignmentRepository assignments;
    private final ServiceRegister services;
    private final Catalogue catalogue;
    private final CurrentUser currentUser;
    private final Messages messages;

    PersonalServices(RoleAssignmentRepository assignments, ServiceRegister services, Catalogue catalogue,
                     CurrentUser currentUser, Messages messages) {
        this.assignments = assignments;
        this.services = services;
        this.catalogue = catalogue;
        this.currentUser = currentUser;
        this.messages = messages;
    }

    @Override
    @PreAuthorize(Access.SIGNED_IN)
    @ScopedToCaller("the signed-in learner's own service roles")
    @Transactional(readOnly = true)
    public List<Map<String, String>> mine(Collection<String> preferredRoles) {
        Long me = currentUser.require().employeeId();
        if (me == null) {
            return List.of();
        }
        List<RoleAssignment> held = assignments.historyOf(me).stream()
                .filter(a -> a.isCurrent() && a.getServiceId() != null).toList();
        List<RoleAssignment> preferred = held.stream().filter(a -> preferredRoles.contains(a.getRoleKey())).toList();
        List<RoleAssignment> chosen = preferred.isEmpty() ? held : preferred;
        if (chosen.isEmpty()) {
            return List.of();
        }
        Map<Long, ServiceSummary> summaries = services.summaries(chosen.stream().map(RoleAssignment::getServiceId).toList());
        Map<String, String> roleNames = catalogue.roles().stream()
                .collect(Collectors.toMap(RoleDefinition::key, RoleDefinition::name));
        var result = new ArrayList<Map<String, String>>();
        for (RoleAssignment a : chosen) {
            ServiceSummary s = summaries.get(a.getServiceId());
            if (s == null) {
                continue;
            }
            var values = new LinkedHashMap<String, String>();
            values.put("service", s.name());
            values.put("service-role", roleNames.getOrDefault(a.getRoleKey(), a.getRoleKey()));
            values.put("service-tier", String.valueOf(s.tier()));
            values.put("service-rto", Durations.describe(s.rtoMinutes(), messages));
            values.put("service-rpo", s.rpoMinutes() == 0 ? messages.get("continuity.personal.rpo-zero")
                    : Durations.describe(s.rpoMinutes(), messages));
            values.put("service-mtpd", Durations.describe(s.mtpdMinutes(), messages));
            result.add(values);
        }
        return result;
    }
}
