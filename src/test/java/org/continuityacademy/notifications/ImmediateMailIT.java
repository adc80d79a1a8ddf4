package org.continuityacademy.notifications;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.continuityacademy.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * An e-mail sent at once goes only to someone in the middle of a two-step sign-in (their code, sent by the sign-in code
 * service to their own address); nobody else may send text under the app's name ({@code SecondFactorBrowserIT} shows the
 * grant: the code arrives).
 */
@IntegrationTest
class ImmediateMailIT {

    @Autowired
    ImmediateMail mail;

    @Test
    @WithUserDetails("admin")
    void a_signed_in_person_cannot_send_an_e_mail_to_anyone() {
        assertThatThrownBy(() -> mail.send("someone@example.com", Locale.ENGLISH, "Hello", "Click here"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithAnonymousUser
    void nobody_signed_in_cannot_either() {
        assertThatThrownBy(() -> mail.send("someone@example.com", Locale.ENGLISH, "Hello", "Click here"))
                .isInstanceOf(AccessDeniedException.class);
    }
}
