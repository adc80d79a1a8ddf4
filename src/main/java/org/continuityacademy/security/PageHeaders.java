package org.continuityacademy.security;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import com.vaadin.flow.server.startup.ApplicationConfiguration;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;

/**
 * The security headers of Vaadin's bootstrap page, the HTML every view starts from, set here with the
 * Content-Security-Policy's nonce: the page's own inline scripts carry it, and Vaadin's client gives it to the scripts it
 * adds later. The page loads {@code /js/no-eval.js} first, so that Vaadin's client runs without {@code 'unsafe-eval'}.
 */
@Component
class PageHeaders implements VaadinServiceInitListener {

    /** Replaces {@code window.Function} with compiled functions for the texts Vaadin's client would evaluate. */
    static final String NO_EVAL_SCRIPT = "/js/no-eval.js";

    private final SecurityHeaders headers = SecurityHeaders.pages(PageHeaders::developmentMode);

    /** The writer for every other answer of the app's filter chain ({@code SecurityConfig}). */
    SecurityHeaders headers() {
        return headers;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(this::secure);
    }

    private void secure(IndexHtmlResponse page) {
        if (!(page.getVaadinRequest() instanceof VaadinServletRequest request)
                || !(page.getVaadinResponse() instanceof VaadinServletResponse response)) {
            return;
        }
        // before Vaadin's client: it builds no function from text, so the policy needs no 'unsafe-eval'
        page.getDocument().head().prependElement("script")
                .attr("src", request.getHttpServletRequest().getContextPath() + NO_EVAL_SCRIPT);
        String nonce = SecurityHeaders.nonce();
        page.getDocument().getElementsByTag("script").attr("nonce", nonce);
        headers.writeHeaders(request.getHttpServletRequest(), response.getHttpServletResponse(), nonce);
        // a view's page carries its first message (personal data, once signed in): no copy in any cache
        if (!response.getHttpServletResponse().containsHeader("Cache-Control")) {
            response.getHttpServletResponse().setHeader("Cache-Control", ForwardedHeaders.NO_STORE);
        }
    }

    /** Whether Vaadin runs in development mode (the dev bundle); production mode has the optimised bundle. */
    static boolean developmentMode(HttpServletRequest request) {
        return !ApplicationConfiguration.get(new VaadinServletContext(request.getServletContext())).isProductionMode();
    }
}
