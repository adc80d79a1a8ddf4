package org.continuityacademy.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import org.continuityacademy.base.db.EmbeddedMariaDb;
import org.continuityacademy.campaigns.CampaignDraft;
import org.continuityacademy.campaigns.Campaigns;
import org.continuityacademy.campaigns.ScheduleKind;
import org.continuityacademy.catalogue.Catalogue;
import org.continuityacademy.continuity.AssignRole;
import org.continuityacademy.continuity.ContinuityRoles;
import org.continuityacademy.continuity.Position;
import org.continuityacademy.directory.EmployeeDirectory;
import org.continuityacademy.directory.EmployeeFilter;
import org.continuityacademy.directory.EmployeeRow;
import org.continuityacademy.services.RequiredRole;
import org.continuityacademy.services.ServiceDraft;
import org.continuityacademy.services.ServiceRegister;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * With the {@code demo} profile on the embedded database, after the demo company exists: registers six
 * critical services, gives people their continuity roles through the real services (as the demo
 * continuity manager), and writes some past completions so that the readiness matrix shows every
 * state: ready, at risk, not ready, and a single point of competence; and two refresher campaigns, one
 * active and already run. Runs once (when no service exists).
 */
@Component
@Profile("demo")
class DemoContinuity {

    /** One of Harbourline's critical services as the demo registers it; figures in minutes. */
    record DemoService(String name, String description, int tier, int rtoMinutes, int rpoMinutes, int mtpdMinutes) {
    }

    static final DemoService ONLINE_BANKING = new DemoService("Online Banking", "Customers' web and mobile banking.", 1, 60, 5,
            4 * 60);
    static final DemoService PAYMENTS_GATEWAY = new DemoService("Payments Gateway",
            "Card and transfer payments to and from other banks.", 1, 30, 0, 2 * 60);
    static final DemoService CONTACT_CENTRE = new DemoService("Customer Contact Centre",
            "Telephony and case handling for customer calls.", 2, 4 * 60, 60, 24 * 60);
    static final DemoService EMAIL = new DemoService("Email and Collaboration", "E-mail, chat and shared documents.", 2, 8 * 60,
            60, 48 * 60);
    static final DemoService HR_AND_PAYROLL = new DemoService("HR and Payroll", "Employee records and monthly pay.", 3, 24 * 60,
            4 * 60, 72 * 60);
    static final DemoService INTRANET = new DemoService("Intranet", "News and policies for staff.", 3, 48 * 60, 24 * 60,
            7 * 24 * 60);
    /**
     * The critical services the demo creates: the shipped training's example firm speaks of exactly these figures
     * ({@code content/example-register.yaml}; {@code DemoRegisterTest} keeps the two equal).
     */
    static final List<DemoService> SERVICES = List.of(ONLINE_BANKING, PAYMENTS_GATEWAY, CONTACT_CENTRE, EMAIL, HR_AND_PAYROLL,
            INTRANET);


    private static final Logger log = LoggerFactory.getLogger(DemoContinuity.class);

    private final ObjectProvider<EmbeddedMariaDb> embedded;
    private final ServiceRegister services;
    private final ContinuityRoles roles;
    private final EmployeeDirectory directory;
    private final Catalogue catalogue;
    private final UserDetailsService users;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    /** Instants as the UTC text a DATETIME(6) column holds: the JVM's own time zone never shifts them. */
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS").withZone(ZoneOffset.UTC);

    private final Campaigns campaigns;
    private final Clock clock;

    DemoContinuity(ObjectProvider<EmbeddedMariaDb> embedded, ServiceRegister services, ContinuityRoles roles,
                   EmployeeDirectory directory, Catalogue catalogue, UserDetailsService users, JdbcClient jdbc,
                   TransactionTemplate transaction, Campaigns campaigns, Clock clock) {
        this.clock = clock;
        this.embedded = embedded;
        this.services = services;
        this.roles = roles;
        this.directory = directory;
        this.catalogue = catalogue;
        this.users = users;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.campaigns = campaigns;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.HIGHEST_PRECEDENCE + 10)
    void onReady() {
        if (embedded.getIfAvailable() == null
                || jdbc.sql("select count(*) from critical_service").query(Integer.class).single() > 0
                || jdbc.sql("select count(*) from account where username = 'continuity'").query(Integer.class).single() == 0) {
            return;
        }
        var previous = SecurityContextHolder.getContext();
        var user = users.loadUserByUsername("continuity");
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            transaction.executeWithoutResult(status -> create());
            log.info("Created the demo critical services, role holders and training history");
        } catch (RuntimeException e) {
            // demo data is a convenience: the app still starts, with the demo people but no services
            log.error("Could not create the demo critical services", e);
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private void create() {
        List<EmployeeRow> it = people("IT Operations");
        EmployeeRow ana = it.get(0), ben = it.get(1), cara = it.get(2), dev = it.get(3), eli = it.get(4), fin = it.get(5);
        EmployeeRow lena = directory.search(new EmployeeFilter("lena.novak", null, true), PageRequest.of(0, 1)).getFirst();
        EmployeeRow priya = directory.search(new EmployeeFilter("priya.raman", null, true), PageRequest.of(0, 1)).getFirst();
        EmployeeRow marcus = directory.search(new EmployeeFilter("marcus.bell", null, true), PageRequest.of(0, 1)).getFirst();

        // past training first, so that taking a role assigns only what is still missing
        trained(ana, "it-recovery-lead");
        trained(ben, "it-recovery-lead");
        trained(cara, "service-owner");
        trained(fin, "it-recovery-lead");
        trained(priya, "continuity-manager");
        partly(dev, "it-recovery-lead", 3);
        partly(eli, "it-recovery-lead", 1);
        completion(lena, "itscm-for-everyone", 200);
        awarenessHistory(lena.id());

        long banking = service(ONLINE_BANKING, cara, role("it-recovery-lead", true), role("service-owner", false));
        long payments = service(PAYMENTS_GATEWAY, cara, role("it-recovery-lead", true), role("service-owner", false));
        long contact = service(CONTACT_CENTRE, null, role("it-recovery-lead", true));
        long mail = service(EMAIL, null, role("it-recovery-lead", false));
        long payroll = service(HR_AND_PAYROLL, null, role("it-recovery-lead", true), role("service-owner", false));
        service(INTRANET, null, role("it-recovery-lead", false));

        assign(ana, "it-recovery-lead", banking, Position.PRIMARY, "built the banking platform");
        assign(ben, "it-recovery-lead", banking, Position.DEPUTY, "runs the banking on-call rota");
        assign(cara, "service-owner", banking, Position.PRIMARY, "owns the digital channels");
        assign(ana, "it-recovery-lead", payments, Position.PRIMARY, "knows the payment switches");
        assign(dev, "it-recovery-lead", payments, Position.DEPUTY, "joined the payments team this year");
        assign(cara, "service-owner", payments, Position.PRIMARY, "owns the digital channels");
        assign(eli, "it-recovery-lead", contact, Position.PRIMARY, "looks after the telephony platform");
        assign(ana, "it-recovery-lead", contact, Position.DEPUTY, "covers telephony when Eli is away");
        assign(ana, "it-recovery-lead", mail, Position.PRIMARY, "administers the mail platform");
        assign(fin, "it-recovery-lead", payroll, Position.PRIMARY, "supports the payroll system");
        assign(lena, "it-recovery-lead", payroll, Position.DEPUTY, "used to work on the payroll system");
        assign(priya, "continuity-manager", null, Position.PRIMARY, "leads IT service continuity");
        assign(marcus, "communications-lead", null, Position.PRIMARY, "writes the customer notices in a disruption");

        // the two part-trained recovery leads took their roles two months ago and are late with the rest
        jdbc.sql("""
                update training_assignment set assigned_at = ?, due_on = ?
                where status = 'OPEN' and origin = 'ROLE' and employee_id in (?, ?, ?)
                """).params(UTC.format(clock.instant().minus(Duration.ofDays(60))), LocalDate.now(clock).minusDays(46),
                dev.id(), eli.id(), lena.id()).update();

        // a yearly awareness refresher for everyone, already run once, and a draft for recovery leads; both at
        // 09:00 in the organisation's time zone (the clock's)
        String zone = clock.getZone().getId();
        long awareness = campaigns.save(null, new CampaignDraft("Annual continuity awareness",
                "Everyone refreshes the basics once a year.", Set.of("itscm-for-everyone"), true, Set.of(), Set.of(), Set.of(),
                null, ScheduleKind.YEARLY, ZonedDateTime.now(clock).plusMonths(11).withHour(9).withMinute(0)
                .withSecond(0).withNano(0), null, zone, 30, 60, 7, true, 7, 14, 30));
        campaigns.activate(awareness);
        campaigns.runNow(awareness);
        campaigns.save(null, new CampaignDraft("Recovery leads: plan and rehearsal refresher",
                "Twice a year the recovery leads go over the plan and the rehearsal lessons.",
                Set.of("the-continuity-plan", "rehearsals-and-vigilance"), false, Set.of("it-recovery-lead"), Set.of(), Set.of(), null,
                ScheduleKind.CRON, ZonedDateTime.now(clock).plusDays(14).withHour(9).withMinute(0).withSecond(0)
                .withNano(0), "0 0 9 1 1,7 ?", zone, 21, 90, 7, true, 7, 7, 21));
    }

    /**
     * Most people passed the awareness module at some time in the past fourteen months (so some have
     * expired), and about half of them the newer all-staff modules in the last weeks; the same for every demo start:
     * the dashboard and its trend have something to show.
     */
    private void awarenessHistory(long except) {
        var random = new java.util.Random(7);
        List<Long> everyone = jdbc.sql("select id from employee where active = true and id <> ? order by id").param(except)
                .query(Long.class).list();
        // the other all-staff modules are new: a little over half of those people have passed them in the last weeks
        List<String> newer = catalogue.modulesRequiredBy("all-staff").stream().filter(m -> !m.equals("itscm-for-everyone")).toList();
        var recent = new java.util.Random(11);
        for (long id : everyone) {
            if (random.nextInt(100) < 82) {
                completion(id, "itscm-for-everyone",
                        5 + random.nextInt(420));
                for (String module : newer) {
                    if (recent.nextInt(100) < 55) {
                        completion(id, module, 1 + recent.nextInt(28));
                    }
                }
            }
        }
    }

    private List<EmployeeRow> people(String department) {
        long id = directory.departments().stream().filter(d -> d.name().equals(department)).findFirst().orElseThrow().id();
        return directory.search(new EmployeeFilter(null, id, true), PageRequest.of(0, 10)).stream()
                .filter(e -> !e.email().startsWith("priya.raman")).toList();
    }

    private long service(DemoService service, @Nullable EmployeeRow owner, RequiredRole... required) {
        return services.create(new ServiceDraft(service.name(), service.description(), owner == null ? null : owner.id(),
                service.tier(), service.rtoMinutes(), service.rpoMinutes(), service.mtpdMinutes(), Set.of(required), Set.of())).id();
    }

    private static RequiredRole role(String key, boolean deputy) {
        return new RequiredRole(key, deputy);
    }

    private void assign(EmployeeRow who, String role, @Nullable Long service, Position position, String why) {
        roles.assign(new AssignRole(who.id(), role, service, position, why, LocalDate.now(clock).minusMonths(2), null, false));
    }

    private void trained(EmployeeRow who, String role) {
        catalogue.modulesRequiredBy(role).forEach(m -> completion(who, m, 40));
    }

    private void partly(EmployeeRow who, String role, int modules) {
        catalogue.modulesRequiredBy(role).stream().limit(modules).forEach(m -> completion(who, m, 90));
    }

    /** A completion passed some days ago, valid for the module's validity period. */
    private void completion(EmployeeRow who, String moduleId, int daysAgo) {
        completion(who.id(), moduleId, daysAgo);
    }

    private void completion(long employeeId, String moduleId, int daysAgo) {
        var info = catalogue.moduleInfo(List.of(moduleId)).get(moduleId);
        if (info == null) {
            return;
        }
        Instant completed = clock.instant().minus(Duration.ofDays(daysAgo));
        Instant expires = completed.atZone(clock.getZone()).plusMonths(info.validityMonths()).toInstant();
        long id = jdbc.sql("select nextval(training_completion_seq)").query(Long.class).single();
        jdbc.sql("""
                insert into training_completion (id, employee_id, module_id, module_version_id, module_version, module_major,
                                                 score, completed_at, expires_at, verification_code)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """).params(id, employeeId, moduleId, info.versionId(), info.version(), info.major(), 80 + (int) (id % 20),
                UTC.format(completed), UTC.format(expires), "DEMO" + String.format("%012d", id)).update();
    }
}
