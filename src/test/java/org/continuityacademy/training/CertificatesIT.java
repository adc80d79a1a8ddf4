package org.continuityacademy.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.continuityacademy.IntegrationTest;
import org.continuityacademy.SignedIn;
import org.continuityacademy.base.time.AwkwardDates;
import org.continuityacademy.base.time.TestClock;
import org.continuityacademy.catalogue.Catalogue;
import org.continuityacademy.security.AppUserPrincipal;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Completions, their expiry and their certificates on awkward dates, with the organisation in Europe/Berlin (so the
 * organisation's day and UTC's differ around midnight, and the daylight-saving nights are the organisation's):
 * a pass counts for the module's validity in months counted in the organisation's zone, the certificate prints
 * the days there, and the public check says "expired" from the moment of expiry, not a day sooner or later.
 */
@IntegrationTest
@ParameterizedClass
@MethodSource("org.continuityacademy.base.time.AwkwardDates#moments")
class CertificatesIT {

    static final String MODULE = "itscm-for-everyone";
    static final ZoneId ZONE = AwkwardDates.EUROPE;
    /** Written out independently of the app's Formats: en-GB's long date. */
    static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

    /** When the suite runs: null for today, else one of the awkward dates. */
    @Parameter
    @Nullable
    Instant moment;

    @Autowired
    TransactionTemplate transactions;
    @Autowired
    Quiz quiz;
    @Autowired
    TrainingRecords records;
    @Autowired
    Certificates certificates;
    @Autowired
    Catalogue catalogue;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestClock clock;

    long lena;
    long assignment;

    @BeforeEach
    void pinTheClockAndAssignTheModuleToLena() {
        AwkwardDates.pin(clock, moment);
        clock.setZone(ZONE);
        lena = ((AppUserPrincipal) users.loadUserByUsername("learner")).employeeId();
        cleanUp();
        SignedIn.as(users, "hr", () -> records.assignByHand(List.of(lena), MODULE, LocalDate.now(clock).plusDays(10), "certificate test"));
        assignment = SignedIn.as(users, "learner", () -> records.myTraining().open().stream()
                .filter(a -> a.moduleId().equals(MODULE)).findFirst().orElseThrow().id());
    }

    @AfterEach
    void cleanUp() {
        SignedIn.as(users, "hr", () -> {
            records.statusOf(lena).open().forEach(a -> records.waive(a.id(), "test clean-up"));
            return null;
        });
    }

    @Test
    void a_pass_counts_for_the_modules_validity_in_months_counted_in_the_organisations_zone() {
        Instant before = clock.instant();
        CompletionRow completion = pass(10);
        Instant after = clock.instant();

        int months = SignedIn.as(users, "learner", () -> catalogue.moduleInfo(List.of(MODULE)).get(MODULE).validityMonths());
        assertThat(completion.completedAt()).isBetween(before, after);
        assertThat(completion.expiresAt()).isEqualTo(completion.completedAt().atZone(ZONE).plusMonths(months).toInstant());
        assertThat(jdbc.sql("select count(*) from training_completion where id = ? and completed_at = ? and expires_at = ?")
                .params(completion.id(), org.continuityacademy.TestRecords.utc(completion.completedAt()),
                        org.continuityacademy.TestRecords.utc(completion.expiresAt()))
                .query(Integer.class).single()).as("stored as the UTC instants").isEqualTo(1);
    }

    @Test
    void the_certificate_prints_the_days_in_the_organisations_zone_and_only_its_owner_and_staff_get_it() throws IOException {
        CompletionRow completion = pass(9);

        Certificates.Certificate pdf = SignedIn.as(users, "learner", () -> certificates.certificate(completion.id()));
        String text;
        try (var document = Loader.loadPDF(pdf.pdf())) {
            text = new PDFTextStripper().getText(document);
        }
        String passedOn = LONG_DATE.format(completion.completedAt().atZone(ZONE).toLocalDate());
        String validUntil = LONG_DATE.format(completion.expiresAt().atZone(ZONE).toLocalDate());
        assertThat(text).contains("Certificate of completion", "Lena Novak", completion.moduleTitle(),
                "Verification code: " + completion.verificationCode());
        // each on one line, the whole date
        assertThat(text.lines()).anySatisfy(line -> assertThat(line)
                .contains("Version " + completion.moduleVersion(), "Passed on " + passedOn, "with a score of 90%"));
        assertThat(text.lines()).anySatisfy(line -> assertThat(line).isEqualTo("Valid until " + validUntil));
        assertThat(pdf.fileName()).endsWith(".pdf");

        SignedIn.as(users, "manager", () -> assertThatThrownBy(() -> certificates.certificate(completion.id()))
                .isInstanceOf(AccessDeniedException.class));
        assertThat(SignedIn.as(users, "hr", () -> certificates.certificate(completion.id()).pdf())).isNotEmpty();
    }

    @Test
    void a_verification_code_is_genuine_and_valid_until_the_moment_it_expires_then_genuine_and_expired() {
        CompletionRow completion = pass(10);

        Verification valid = certificates.verify(completion.verificationCode().toLowerCase(Locale.ROOT));
        assertThat(valid.genuine()).isTrue();
        assertThat(valid.valid()).isTrue();
        assertThat(valid.personName()).isEqualTo("Lena Novak");
        assertThat(valid.moduleVersion()).isEqualTo(completion.moduleVersion());
        assertThat(valid.expiresAt()).isEqualTo(completion.expiresAt());

        clock.set(completion.expiresAt().minus(Duration.ofMinutes(1)));
        assertThat(certificates.verify(completion.verificationCode()).valid()).as("a minute before it expires").isTrue();
        clock.set(completion.expiresAt());
        Verification expired = certificates.verify(completion.verificationCode());
        assertThat(expired.genuine()).isTrue();
        assertThat(expired.valid()).isFalse();

        String forged = completion.verificationCode().substring(0, 15) + (completion.verificationCode().endsWith("A") ? "B" : "A");
        assertThat(certificates.verify(forged).genuine()).isFalse();
        assertThat(certificates.verify(forged).personName()).isNull();
        assertThat(certificates.verify("<script>").genuine()).isFalse();
    }

    /** Lena takes the quiz with {@code right} of 10 answers right (a pass from 8) and gets her completion. */
    private CompletionRow pass(int right) {
        return SignedIn.as(users, "learner", () -> {
            AttemptView view = quiz.start(assignment);
            AttemptResult result = quiz.submit(view.attemptId(), QuizAnswers.answers(catalogue, transactions, jdbc, view, right));
            assertThat(result.passed()).isTrue();
            return result.completion();
        });
    }
}
