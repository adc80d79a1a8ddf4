package org.continuityacademy.continuity.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.continuityacademy.base.i18n.Messages;
import org.continuityacademy.base.ui.Badge;
import org.continuityacademy.continuity.HolderReadiness;
import org.continuityacademy.continuity.Position;
import org.continuityacademy.continuity.ServiceState;

/**
 * Readiness as text, symbol and colour together (never colour alone), for the matrix and the team list,
 * in the language of the person looking.
 */
final class ReadinessBadges {

    private final Messages messages;

    ReadinessBadges(Messages messages) {
        this.messages = messages;
    }

    Badge service(ServiceState state) {
        String symbol = switch (state) {
            case READY -> "✓";
            case AT_RISK -> "!";
            case NOT_READY, NO_ROLES -> "✗";
        };
        var badge = new Badge(symbol + " " + messages.label(state));
        badge.addClassName(cssClass(state));
        badge.setTitle(meaning(state));
        return badge;
    }

    /** What a state means, in a sentence ("A required role has no trained primary."). */
    String meaning(ServiceState state) {
        return switch (state) {
            case READY -> messages.get("readiness.state.ready.meaning");
            case AT_RISK -> messages.get("readiness.state.at-risk.meaning");
            case NOT_READY -> messages.get("readiness.state.not-ready.meaning");
            case NO_ROLES -> messages.get("readiness.state.no-roles.meaning");
        };
    }

    Badge holder(HolderReadiness holder) {
        var badge = new Badge(holder.ready() ? messages.get("readiness.badge.trained")
                : messages.get("readiness.badge.modules", holder.currentModules(), holder.requiredModules()));
        badge.addClassName(holder.ready() ? "ready" : "not-ready");
        badge.setTitle(holder.ready() ? messages.get("readiness.badge.trained.title") : messages.get("readiness.badge.not-trained.title"));
        return badge;
    }

    /** One position of a role: "Primary: Ann Archer ✓ Trained", or vacant. */
    Component slot(Position position, List<HolderReadiness> holders, boolean required) {
        var line = new Div();
        line.addClassName("academy-holder-line");
        line.add(new Span(messages.get("readiness.slot.position", messages.label(position))));
        if (holders.isEmpty()) {
            var vacant = new Badge(required ? messages.get("readiness.slot.vacant") : messages.get("readiness.slot.none"));
            vacant.addClassName(required ? "not-ready" : "muted");
            line.add(vacant);
        }
        for (HolderReadiness h : holders) {
            line.add(new Span(h.employeeName() == null ? messages.get("readiness.slot.someone") : h.employeeName()), holder(h));
        }
        return line;
    }

    private static String cssClass(ServiceState state) {
        return switch (state) {
            case READY -> "ready";
            case AT_RISK -> "at-risk";
            case NOT_READY, NO_ROLES -> "not-ready";
        };
    }
}
