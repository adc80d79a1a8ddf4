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
            .that().resideOutsideOfPackages("org.continuityacademy.training", "org.continuityacademy.catalogue")
            .should().callMethod(org.continuityacademy.catalogue.Catalogue.class, "questionBank", long.class)
            .orShould().dependOnClassesThat().areAssignableTo(org.continuityacademy.catalogue.QuestionBank.class)
            .because("correct answers and explanations must not reach a browser before an attempt is submitted");

    @ArchTest
    static final ArchRule repositories_are_not_public = classes()
            .that().areAssignableTo(Repository.class)
            .should().notBePublic()
            .because("a module's repositories are its own; other modules use its services");
}
