package org.continuityacademy.security;

import java.util.function.Supplier;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Always the JVM-wide security context strategy of the moment. Vaadin installs its own strategy while the app
 * starts; a filter built before that keeps the old one and then finds nobody signed in (Spring's passkey filters
 * answered 400 for a signed-in person). Every filter of the chain is given this one, so all of them share
 * whatever strategy is current.
 */
final class GlobalContextStrategy implements SecurityContextHolderStrategy {

    @Override
    public void clearContext() {
        SecurityContextHolder.getContextHolderStrategy().clearContext();
    }

    @Override
    public SecurityContext getContext() {
        return SecurityContextHolder.getContextHolderStrategy().getContext();
    }

    @Override
    public Supplier<SecurityContext> getDeferredContext() {
        return SecurityContextHolder.getContextHolderStrategy().getDeferredContext();
    }

    @Override
    public void setContext(SecurityContext context) {
        SecurityContextHolder.getContextHolderStrategy().setContext(context);
    }

    @Override
    public void setDeferredContext(Supplier<SecurityContext> deferredContext) {
        SecurityContextHolder.getContextHolderStrategy().setDeferredContext(deferredContext);
    }

    @Override
    public SecurityContext createEmptyContext() {
        return SecurityContextHolder.getContextHolderStrategy().createEmptyContext();
    }
}
