package org.continuityacademy.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.continuityacademy.continuity.HolderReadiness;
import org.continuityacademy.continuity.Readiness;
import org.continuityacademy.continuity.ReadinessOrder;
import org.continuityacademy.continuity.ServiceReadiness;
import org.continuityacademy.continuity.ServiceState;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The readiness of every critical service (scope "reports"), as the readiness matrix shows it. */
@RestController
@Tag(name = "Reports", description = "Coverage and readiness for the whole organisation (scope: reports)")
@SecurityRequirement(name = ApiDocumentation.BEARER)
class ReadinessController {

    private final Readiness readiness;

    ReadinessController(Readiness readiness) {
        this.readiness = readiness;
    }

    @GetMapping("/api/v1/services/readiness")
    @Operation(summary = "Readiness of each critical service",
            description = "Services by tier (most critical first), each with its state and, for every role it requires, "
                    + "the primary and deputy holders and whether each is trained.")
    ApiPage<ServiceItem> services(
            @Parameter(description = "Page, from 0") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "Page size, at most 500 (larger sizes are cut to 500)")
            @RequestParam(defaultValue = "" + Paging.DEFAULT_SIZE) int size) {
        var paging = Paging.of(page, size);
        var items = readiness.services(ReadinessOrder.TIER, false, paging.intOffset(), paging.size()).stream()
                .map(ReadinessController::item).toList();
        return paging.page(items, readiness.countServices());
    }

    private static ServiceItem item(ServiceReadiness s) {
        return new ServiceItem(s.serviceId(), s.name(), s.tier(), s.rtoMinutes(), s.state(), s.roles().stream()
                .map(r -> new RoleItem(r.roleKey(), r.deputyRequired(), r.primaryReady(), r.deputyReady(),
                        r.primary().stream().map(ReadinessController::holder).toList(),
                        r.deputies().stream().map(ReadinessController::holder).toList()))
                .toList());
    }

    private static HolderItem holder(HolderReadiness h) {
        return new HolderItem(h.employeeId(), h.employeeName(), h.ready(), h.requiredModules(), h.currentModules());
    }

    /**
     * @param state NOT_READY (a required role has no trained primary), NO_ROLES (the service requires no role, so
     *              nobody is trained to recover it: never ready), AT_RISK (a required deputy is missing or not trained)
     *              or READY
     */
    record ServiceItem(long serviceId, String name, int tier, int rtoMinutes, ServiceState state, List<RoleItem> roles) {
    }

    record RoleItem(String roleKey, boolean deputyRequired, boolean primaryReady, boolean deputyReady,
                    List<HolderItem> primary, List<HolderItem> deputies) {
    }

    /** A role holder: ready when every module the role requires has a current completion. */
    record HolderItem(long employeeId, @Nullable String name, boolean ready, int requiredModules, int currentModules) {
    }
}
