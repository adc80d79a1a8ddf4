package org.continuityacademy.continuity.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.continuityacademy.base.ui.Badge;
import org.continuityacademy.continuity.HolderReadiness;
import org.continuityacademy.continuity.Position;
import org.continuityacademy.continuity.ServiceState;

/** Readiness as text, symbol and colour together (never colour alone), for the matrix and the team list. */
final class ReadinessBadges {

    private ReadinessBadges() {
    }

    static Badge service(ServiceState state) {
        var badge = switch (state) {
            case READY -> new Badge("✓ Ready");
            case AT_RISK -> new Badge("! At risk");
            case NOT_READY -> new Badge("✗ Not ready");
        };
        badge.addClassName(cssClass(state));
        badge.setTitle(state.meaning());
        return badge;
    }

    static Badge holder(HolderReadiness holder) {
        var badge = holder.ready() ? new Badge("✓ Trained") : new Badge("✗ " + holder.currentModules() + " of "
                + holder.requiredModules() + " modules");
        badge.addClassName(holder.ready() ? "ready" : "not-ready");
        badge.setTitle(holder.ready() ? "Every module this role requires has a current completion."
                : "Not ready yet: some modules this role requires have no current completion.");
        return badge;
    }

    /** One position of a role: "Primary: Ann Archer ✓ Trained", or vacant. */
    static Component slot(Position position, List<HolderReadiness> holders, boolean required) {
        var line = new Div();
        line.addClassName("academy-holder-line");
        line.add(new Span(position.label() + ":"));
        if (holders.isEmpty()) {
            var vacant = new Badge(required ? "✗ Vacant" : "none");
            vacant.addClassName(required ? "not-ready" : "muted");
            line.add(vacant);
        }
        for (HolderReadiness h : holders) {
            line.add(new Span(h.employeeName() == null ? "someone" : h.employeeName()), holder(h));
        }
        return line;
    }

    private static String cssClass(ServiceState state) {
        return switch (state) {
            case READY -> "ready";
            case AT_RISK -> "at-risk";
            case NOT_READY -> "not-ready";
        };
    }
}
