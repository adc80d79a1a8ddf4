package org.continuityacademy.catalogue;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Loads the content at start-up. Broken content is reported, never a reason not to start. */
@Component
class CatalogueStartup {

    private static final Logger log = LoggerFactory.getLogger(CatalogueStartup.class);

    private final Catalogue catalogue;

    CatalogueStartup(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** First of the start-up work: the demo data and everything else need the role catalogue. */
    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void onReady() {
        try {
            catalogue.load("start-up");
        } catch (RuntimeException e) {
            log.error("The training content could not be loaded; the catalogue serves what it had before", e);
        }
    }
}
