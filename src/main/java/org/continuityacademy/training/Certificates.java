package org.continuityacademy.training;

import java.time.Clock;
import java.util.Locale;
import org.continuityacademy.base.i18n.Messages;
import org.continuityacademy.security.Access;
import org.continuityacademy.security.AppUserPrincipal;
import org.continuityacademy.security.CurrentUser;
import org.continuityacademy.security.ScopedToCaller;
import org.continuityacademy.security.ProvenBySecret;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Certificates of completion as PDF, and the public check of their verification codes. A learner gets
 * only their own certificates; HR, the continuity manager and administrators anyone's (evidence).
 */
@Service
public class Certificates {

    private final Completions completions;
    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final String baseUrl;
    private final Messages messages;
    private final Clock clock;

    Certificates(Completions completions, JdbcClient jdbc, CurrentUser currentUser,
                 @Value("${academy.base-url}") String baseUrl, Messages messages, Clock clock) {
        this.completions = completions;
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.messages = messages;
        this.clock = clock;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** The certificate of a completion, as a PDF in the organisation's language, dates in its time zone. */
    @PreAuthorize(Access.SIGNED_IN)
    @ScopedToCaller("the signed-in person's own certificates; directory staff anyone's")
    @Transactional(readOnly = true)
    public Certificate certificate(long completionId) {
        AppUserPrincipal me = currentUser.require();
        Completion completion = completions.findById(completionId)
                .filter(c -> me.isDirectoryStaff() || (me.employeeId() != null && c.getEmployeeId() == me.employeeId()))
                .orElseThrow(() -> new AccessDeniedException("You can download only your own certificates."));
        var row = completion.row(title(completion));
        String name = personName(completion.getEmployeeId());
        byte[] pdf = CertificatePdf.render(new CertificatePdf.Content(name, row.moduleTitle(), row.moduleVersion(),
                row.completedAt(), row.score(), row.expiresAt(), row.verificationCode(), baseUrl + "/verify"),
                messages, messages.organisationLocale());
        String file = "certificate-" + row.moduleId() + "-" + row.moduleVersion() + "-" + row.verificationCode() + ".pdf";
        return new Certificate(file, pdf);
    }

    /** Checks a verification code: for anyone, signed in or not. Says no more than the person's name. */
    @PreAuthorize("permitAll()")
    @ProvenBySecret("the certificate's verification code, printed on it; a wrong code learns nothing and no more than the holder's name is told")
    @Transactional(readOnly = true)
    public Verification verify(String code) {
        String normalised = code == null ? "" : code.strip().toUpperCase(Locale.ROOT).replace(" ", "").replace("-", "");
        if (!normalised.matches("[A-Z0-9]{8,32}")) {
            return Verification.unknown();
        }
        return completions.findByVerificationCode(normalised).map(c -> {
            var row = c.row(title(c));
            return new Verification(true, c.isCurrent(clock.instant()), personName(c.getEmployeeId()), row.moduleTitle(),
                    row.moduleVersion(), row.completedAt(), row.expiresAt());
        }).orElse(Verification.unknown());
    }

    /** A certificate file. */
    public record Certificate(String fileName, byte[] pdf) {
    }

    /**
     * The title of the version taken, not of today's version. Read straight from the stored versions
     * and the directory, since the verification page serves people who are not signed in.
     */
    private String title(Completion completion) {
        return jdbc.sql("select title from training_module_version where id = ?").param(completion.getModuleVersionId())
                .query(String.class).single();
    }

    private String personName(long employeeId) {
        return jdbc.sql("select concat(first_name, ' ', last_name) from employee where id = ?").param(employeeId)
                .query(String.class).optional().orElse("?");
    }
}
