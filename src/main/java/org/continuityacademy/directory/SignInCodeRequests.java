package org.continuityacademy.directory;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.ott.OneTimeToken;
import org.springframework.security.web.authentication.ott.OneTimeTokenGenerationSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * Spring's "send me a code" endpoint ({@code /ott/generate}) sends nothing: codes go out from the second-factor page to
 * the person signed in there ({@link SignInCodes#sendToMe()}), so the endpoint cannot be used to mail anyone codes.
 */
@Component
class SignInCodeRequests implements OneTimeTokenGenerationSuccessHandler {

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, OneTimeToken oneTimeToken) throws IOException {
        response.sendRedirect(request.getContextPath() + "/second-factor");
    }
}
