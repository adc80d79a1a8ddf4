package org.continuityacademy;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.properties.HasName;
import com.tngtech.archunit.core.domain.properties.HasOwner;
import com.tngtech.archunit.core.domain.properties.HasParameterTypes;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;
import org.springframework.data.repository.Repository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.HashSet;
import java.util.Set;
import org.continuityacademy.security.AppRoles;
import org.continuityacademy.security.CurrentUser;
import org.continuityacademy.security.NotPersonal;
import org.continuityacademy.security.ProvenBySecret;
import org.continuityacademy.security.ScopedToCaller;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** House rules from STYLE.md that the compiler cannot check. */
@AnalyzeClasses(packages = "org.continuityacademy", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule views_never_use_repositories = noClasses()
            .that().resideInAPackage("..ui..")
            .should().dependOnClassesThat().areAssignableTo(Repository.class)
            .because("views call application services, which own transactions and security");

    @ArchTest
    static final ArchRule feature_packages_have_no_cycles = slices()
            .matching("org.continuityacademy.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule every_route_says_who_may_open_it = classes()
            .that().areAnnotatedWith(Route.class)
            .should().beAnnotatedWith(PermitAll.class)
            .orShould().beAnnotatedWith(RolesAllowed.class)
            .orShould().beAnnotatedWith(AnonymousAllowed.class)
            .orShould().beAnnotatedWith(DenyAll.class);

    @ArchTest
    static final ArchRule public_service_methods_say_who_may_call_them = methods()
            .that().arePublic()
            .and().areDeclaredInClassesThat().areAnnotatedWith(Service.class)
            .and().areDeclaredInClassesThat().arePublic()
            .should().beAnnotatedWith(PreAuthorize.class)
            .orShould().beDeclaredInClassesThat().areAnnotatedWith(PreAuthorize.class)
            .because("protecting only the views leaves the services open");

    @ArchTest
    static final ArchRule no_local_date_time = noClasses()
            .should().dependOnClassesThat().areAssignableTo(LocalDateTime.class)
            .because("points in time are Instants; a LocalDateTime loses the time zone");

    /** "Now" comes from the one Clock bean (base.time.TimeConfiguration), so tests can move it and every day is the organisation's. */
    @ArchTest
    static final ArchRule time_comes_from_the_clock_bean = noClasses()
            .that().doNotHaveFullyQualifiedName("org.continuityacademy.base.time.TimeConfiguration")
            .should().callMethodWhere(JavaCall.Predicates.target(HasName.Predicates.name("now"))
                    .and(JavaCall.Predicates.target(HasOwner.Predicates.With.owner(JavaClass.Predicates.resideInAPackage("java.time"))))
                    .and(DescribedPredicate.not(JavaCall.Predicates.target(HasParameterTypes.Predicates.rawParameterTypes(Clock.class)))))
            .orShould().callMethod(Clock.class, "systemUTC")
            .orShould().callMethod(Clock.class, "systemDefaultZone")
            .orShould().callMethod(Clock.class, "system", ZoneId.class)
            .orShould().callMethod(System.class, "currentTimeMillis")
            .orShould().callConstructor(java.util.Date.class)
            .because("time comes from the injected Clock (the organisation's zone), which tests move; X.now(clock) is fine");

    @ArchTest
    static final ArchRule no_fixed_locale_for_people = noClasses()
            .should().accessField(Locale.class, "UK")
            .orShould().accessField(Locale.class, "US")
            .orShould().accessField(Locale.class, "ENGLISH")
            .because("dates, numbers and texts follow the person's locale (Formats, Messages), not a fixed one");

    @ArchTest
    static final ArchRule only_the_quiz_engine_reads_correct_answers = noClasses()
            .that().resideOutsideOfPackage("org.continuityacademy.catalogue")
            .and().doNotHaveFullyQualifiedName("org.continuityacademy.training.Quiz")
            .should().callMethod(org.continuityacademy.catalogue.Catalogue.class, "questionBank", long.class)
            .orShould().dependOnClassesThat().areAssignableTo(org.continuityacademy.catalogue.QuestionBank.class)
            .because("correct answers and explanations must not reach a browser before an attempt is submitted");

    /**
     * A public service method whose {@code @PreAuthorize} lets in everyone ({@code permitAll()}), everyone signed in
     * ({@code isAuthenticated()}) or any manager (whose reach is only their own reporting line) would hand out or change
     * other people's data to whoever calls it, unless it keeps to the caller. The rule cannot read what a method returns,
     * so it tells the safe ones apart by what each declares, and checks the declaration where the code can show it:
     * <ul>
     * <li>{@link ScopedToCaller}: the method filters by the caller. It must ask who is calling: it, or a method of its own
     * class that it calls, calls {@link CurrentUser}, the {@link SecurityContextHolder} or another method that says
     * {@code @ScopedToCaller}.</li>
     * <li>{@link ProvenBySecret}: only with {@code permitAll()}; the caller shows a secret they were given (a link's token,
     * a verification code) or an address whose owner alone gets the result. It must take that as a text parameter.</li>
     * <li>{@link NotPersonal}: it returns and changes no one's personal data (the training catalogue, service names).</li>
     * <li>{@code @Transactional(propagation = MANDATORY)}: not an entry point. It runs only inside the transaction of
     * another service's method, which has checked its own caller; a view has no transaction, so a view that called it
     * would be refused. (The audit trail, the outbox, the quiz engine's question bank, the training a role assignment
     * brings.)</li>
     * </ul>
     * Each annotation names why in its value. The services' ITs test the denials as well as the grants.
     */
    @ArchTest
    static final ArchRule broad_service_methods_keep_to_the_caller = methods()
            .that().arePublic()
            .and().areDeclaredInClassesThat().areAnnotatedWith(Service.class)
            .and().areDeclaredInClassesThat().arePublic()
            .and(new DescribedPredicate<JavaMethod>("let in everyone, everyone signed in or any manager") {
                @Override
                public boolean test(JavaMethod method) {
                    return broad(rule(method));
                }
            })
            .should(new ArchCondition<JavaMethod>("keep to the caller (@ScopedToCaller), take a secret (@ProvenBySecret), "
                    + "hand out nothing personal (@NotPersonal) or run only inside another service's transaction") {
                @Override
                public void check(JavaMethod method, ConditionEvents events) {
                    String problem = keepsToTheCaller(method);
                    if (problem != null) {
                        events.add(SimpleConditionEvent.violated(method, method.getFullName() + " (" + rule(method) + ") " + problem));
                    }
                }
            })
            .because("a broad rule on a method that returns or changes other people's data leaks to the next view that calls it");

    private static String rule(JavaMethod method) {
        return method.tryGetAnnotationOfType(PreAuthorize.class).map(PreAuthorize::value)
                .or(() -> method.getOwner().tryGetAnnotationOfType(PreAuthorize.class).map(PreAuthorize::value))
                .orElse("");
    }

    private static boolean broad(String rule) {
        return rule.contains("permitAll()") || rule.contains("isAuthenticated()") || rule.contains("'" + AppRoles.MANAGER + "'");
    }

    /** Null when the method keeps to the caller as it says; otherwise what is wrong. */
    private static String keepsToTheCaller(JavaMethod method) {
        if (method.tryGetAnnotationOfType(Transactional.class).map(t -> t.propagation() == Propagation.MANDATORY).orElse(false)) {
            return null;
        }
        var scoped = method.tryGetAnnotationOfType(ScopedToCaller.class);
        var secret = method.tryGetAnnotationOfType(ProvenBySecret.class);
        var notPersonal = method.tryGetAnnotationOfType(NotPersonal.class);
        if (scoped.isPresent()) {
            if (scoped.get().value().isBlank()) {
                return "says @ScopedToCaller without saying how";
            }
            return asksWhoIsCalling(method, new HashSet<>()) ? null
                    : "says @ScopedToCaller but never asks who is calling (CurrentUser or the security context)";
        }
        if (secret.isPresent()) {
            if (!rule(method).equals("permitAll()")) {
                return "says @ProvenBySecret, which is for methods open to anyone (permitAll()) only";
            }
            return secret.get().value().isBlank() || method.getRawParameterTypes().stream().noneMatch(t -> t.isEquivalentTo(String.class))
                    ? "says @ProvenBySecret but takes no secret as text, or does not say which" : null;
        }
        if (notPersonal.isPresent()) {
            return notPersonal.get().value().isBlank() ? "says @NotPersonal without saying what it hands out" : null;
        }
        return "neither keeps to the caller (@ScopedToCaller), takes a secret (@ProvenBySecret), hands out nothing personal "
                + "(@NotPersonal) nor runs only inside another service's transaction (propagation MANDATORY)";
    }

    /**
     * Whether the method, or a method of its own class that it calls (at any depth), asks who the caller is, or calls
     * another service's method that keeps to the caller.
     */
    private static boolean asksWhoIsCalling(JavaCodeUnit unit, Set<JavaCodeUnit> seen) {
        if (!seen.add(unit)) {
            return false;
        }
        for (JavaCall<?> call : unit.getCallsFromSelf()) {
            JavaClass owner = call.getTargetOwner();
            if (owner.isEquivalentTo(CurrentUser.class) || owner.isEquivalentTo(SecurityContextHolder.class)) {
                return true;
            }
            if (call.getTarget().resolveMember().map(target -> target.isAnnotatedWith(ScopedToCaller.class)).orElse(false)) {
                return true;
            }
            if (owner.equals(unit.getOwner())) {
                for (JavaCodeUnit target : call.getTarget().resolveMember().stream().toList()) {
                    if (asksWhoIsCalling(target, seen)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    @ArchTest
    static final ArchRule repositories_are_not_public = classes()
            .that().areAssignableTo(Repository.class)
            .should().notBePublic()
            .because("a module's repositories are its own; other modules use its services");
}
