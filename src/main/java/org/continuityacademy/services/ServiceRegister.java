package org.continuityacademy.services;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.continuityacademy.audit.AuditTrail;
import org.continuityacademy.base.db.ColumnSizes;
import org.continuityacademy.base.i18n.Messages;
import org.continuityacademy.catalogue.Catalogue;
import org.continuityacademy.catalogue.RoleDefinition;
import org.continuityacademy.directory.EmployeeDirectory;
import org.continuityacademy.directory.EmployeeRow;
import org.continuityacademy.base.Search;
import org.continuityacademy.security.Access;
import org.continuityacademy.security.CurrentUser;
import org.continuityacademy.security.ScopedToCaller;
import org.continuityacademy.security.NotPersonal;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The critical-service register. The continuity manager keeps it; HR reads it. Every rule is checked
 * before anything is stored (the problems in the language of the person who entered the service), and
 * every change goes to the audit trail with the state before and after.
 */
@Service
public class ServiceRegister {

    static final String AUDIT_TYPE = "critical-service";

    private final CriticalServices services;
    private final EmployeeDirectory directory;
    private final Catalogue catalogue;
    private final AuditTrail audit;
    private final ColumnSizes columnSizes;
    private final Messages messages;
    private final CurrentUser currentUser;
    private final Clock clock;

    ServiceRegister(CriticalServices services, EmployeeDirectory directory, Catalogue catalogue, AuditTrail audit, Messages messages,
                    CurrentUser currentUser, Clock clock, ColumnSizes columnSizes) {
        this.columnSizes = columnSizes;
        this.currentUser = currentUser;
        this.services = services;
        this.directory = directory;
        this.catalogue = catalogue;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    @PreAuthorize(Access.CATALOGUE_READERS)
    @Transactional(readOnly = true)
    public List<ServiceRow> search(@Nullable String text, Pageable page) {
        List<CriticalService> found = services.search(Search.containsPattern(text), page);
        return rows(found);
    }

    @PreAuthorize(Access.CATALOGUE_READERS)
    @Transactional(readOnly = true)
    public long count(@Nullable String text) {
        return services.countSearch(Search.containsPattern(text));
    }

    /** Every service, by name: for pickers such as "depends on" (managers pick services to assign roles for). */
    @PreAuthorize(Access.CATALOGUE_READERS_OR_MANAGER)
    @NotPersonal("names of critical services: the register's, no one's personal data")
    @Transactional(readOnly = true)
    public Map<Long, String> names() {
        return services.findAll().stream().sorted(Comparator.comparing(CriticalService::getName, String.CASE_INSENSITIVE_ORDER))
                .collect(Collectors.toMap(CriticalService::getId, CriticalService::getName, (a, b) -> a, LinkedHashMap::new));
    }

    /** Several services' summaries in one query, by id (lists of assignments and vacancies). */
    @PreAuthorize(Access.SIGNED_IN)
    @NotPersonal("name, tier, recovery targets and required roles of services, without their owner: no one's personal data")
    @Transactional(readOnly = true)
    public Map<Long, ServiceSummary> summaries(java.util.Collection<Long> ids) {
        return services.findAllById(ids).stream().collect(Collectors.toMap(CriticalService::getId, ServiceRegister::summaryOf));
    }

    private static ServiceSummary summaryOf(CriticalService s) {
        return new ServiceSummary(s.getId(), s.getName(), s.draft().tier(), s.draft().rtoMinutes(), Set.copyOf(s.draft().requiredRoles()),
                s.draft().rpoMinutes(), s.draft().mtpdMinutes());
    }

    /** A service's name and the roles it requires, for anyone signed in (role cards show them). */
    @PreAuthorize(Access.SIGNED_IN)
    @NotPersonal("name, tier, recovery targets and required roles of a service, without its owner: no one's personal data")
    @Transactional(readOnly = true)
    public java.util.Optional<ServiceSummary> summary(long id) {
        return services.findById(id).map(ServiceRegister::summaryOf);
    }

    /** Ids of the services the signed-in person owns (their owners are told of vacancies). */
    @PreAuthorize(Access.SIGNED_IN)
    @ScopedToCaller("the services the signed-in person owns")
    @Transactional(readOnly = true)
    public List<Long> ownedByMe() {
        Long me = currentUser.require().employeeId();
        return me == null ? List.of() : services.findIdsByOwner(me);
    }

    @PreAuthorize(Access.CONTINUITY_MANAGER)
    @Transactional
    public ServiceRow create(ServiceDraft draft) {
        check(draft, null);
        CriticalService service = services.saveAndFlush(CriticalService.from(draft, clock.instant()));
        audit.record("service created", AUDIT_TYPE, String.valueOf(service.getId()), "Critical service '" + draft.name().strip()
                + "' added to the register", null, draft.describe());
        return rows(List.of(service)).getFirst();
    }

    @PreAuthorize(Access.CONTINUITY_MANAGER)
    @Transactional
    public ServiceRow update(long id, ServiceDraft draft) {
        CriticalService service = services.findById(id)
                .orElseThrow(() -> new ServiceRejected(Map.of("name", messages.get("services.error.gone"))));
        check(draft, id);
        String before = service.draft().describe();
        service.apply(draft, clock.instant());
        services.saveAndFlush(service);
        audit.record("service changed", AUDIT_TYPE, String.valueOf(id), "Critical service '" + draft.name().strip() + "' changed",
                before, draft.describe());
        return rows(List.of(service)).getFirst();
    }

    private void check(ServiceDraft draft, @Nullable Long id) {
        var problems = new LinkedHashMap<String, String>();
        String name = draft.name() == null ? "" : draft.name().strip();
        if (name.isEmpty()) {
            problems.put("name", messages.get("services.error.name-missing"));
        } else if (ColumnSizes.length(name) > columnSizes.max("critical_service", "name")) {
            problems.put("name", messages.get("services.error.name-too-long", columnSizes.max("critical_service", "name")));
        } else if (id == null ? services.existsByNameIgnoreCase(name) : services.existsByNameIgnoreCaseAndIdNot(name, id)) {
            problems.put("name", messages.get("services.error.name-taken", name));
        }
        if (draft.description() != null && ColumnSizes.length(draft.description()) > columnSizes.max("critical_service", "description")) {
            problems.put("description", messages.get("services.error.description-too-long",
                    columnSizes.max("critical_service", "description")));
        }
        if (draft.tier() < 1 || draft.tier() > 3) {
            problems.put("tier", messages.get("services.error.tier"));
        }
        if (draft.rtoMinutes() <= 0) {
            problems.put("rto", messages.get("services.error.rto-missing"));
        }
        if (draft.rpoMinutes() < 0) {
            problems.put("rpo", messages.get("services.error.rpo-negative"));
        }
        if (draft.mtpdMinutes() <= 0) {
            problems.put("mtpd", messages.get("services.error.mtpd-missing"));
        } else if (draft.rtoMinutes() > draft.mtpdMinutes()) {
            problems.put("rto", messages.get("services.error.rto-after-mtpd",
                    Durations.describe(draft.rtoMinutes(), messages), Durations.describe(draft.mtpdMinutes(), messages)));
        }
        if (draft.ownerEmployeeId() != null) {
            EmployeeRow owner = directory.employee(draft.ownerEmployeeId()).orElse(null);
            if (owner == null) {
                problems.put("owner", messages.get("services.error.owner-unknown"));
            } else if (!owner.active()) {
                problems.put("owner", messages.get("services.error.owner-left", owner.fullName()));
            }
        }
        var known = catalogue.roles().stream().collect(Collectors.toMap(RoleDefinition::key, r -> r));
        for (RequiredRole role : draft.requiredRoles()) {
            RoleDefinition definition = known.get(role.roleKey());
            if (RoleDefinition.ALL_STAFF.equals(role.roleKey())) {
                problems.put("roles", messages.get("services.error.roles-all-staff",
                        definition == null ? role.roleKey() : definition.name()));
            } else if (definition == null) {
                problems.put("roles", messages.get("services.error.roles-unknown", role.roleKey()));
            } else if (!definition.perService()) {
                problems.put("roles", messages.get("services.error.roles-organisation-wide", definition.name()));
            }
        }
        if (id != null && draft.dependsOn().contains(id)) {
            problems.put("dependsOn", messages.get("services.error.depends-on-itself"));
        } else if (!draft.dependsOn().isEmpty()) {
            var existing = services.findAllById(draft.dependsOn());
            if (existing.size() != draft.dependsOn().size()) {
                problems.put("dependsOn", messages.get("services.error.depends-on-gone"));
            } else if (id != null && createsCycle(id, draft.dependsOn())) {
                problems.put("dependsOn", messages.get("services.error.depends-in-circle"));
            }
        }
        if (!problems.isEmpty()) {
            throw new ServiceRejected(problems);
        }
    }

    /** Whether any chosen dependency (directly or through others) depends on the service itself. */
    private boolean createsCycle(long id, Set<Long> dependsOn) {
        var seen = new HashSet<Long>();
        var todo = new ArrayDeque<>(dependsOn);
        while (!todo.isEmpty()) {
            long next = todo.pop();
            if (next == id) {
                return true;
            }
            if (seen.add(next)) {
                services.findById(next).ifPresent(s -> todo.addAll(s.getDependsOn()));
            }
        }
        return false;
    }

    private List<ServiceRow> rows(List<CriticalService> found) {
        Map<Long, String> owners = directory.names(found.stream().map(s -> s.draft().ownerEmployeeId())
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        var dependencyIds = found.stream().flatMap(s -> s.getDependsOn().stream()).collect(Collectors.toSet());
        Map<Long, String> dependencyNames = dependencyIds.isEmpty() ? Map.of()
                : services.findAllById(dependencyIds).stream().collect(Collectors.toMap(CriticalService::getId, CriticalService::getName));
        return found.stream().map(s -> {
            ServiceDraft d = s.draft();
            String owner = d.ownerEmployeeId() == null ? null : owners.get(d.ownerEmployeeId());
            return new ServiceRow(s.getId(), d.name(), d.description() == null ? "" : d.description(), d.tier(),
                    d.rtoMinutes(), d.rpoMinutes(), d.mtpdMinutes(), d.ownerEmployeeId(), owner,
                    d.requiredRoles().stream().sorted(Comparator.comparing(RequiredRole::roleKey)).toList(),
                    d.dependsOn().stream().map(dependencyNames::get).filter(Objects::nonNull).sorted().toList(), d);
        }).toList();
    }

}
