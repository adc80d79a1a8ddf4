package org.continuityacademy.training;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How long people get to train for a new continuity role: sooner for the most critical services.
 * Set with {@code TRAINING_DUE_DAYS_TIER_1} … {@code _TIER_3} and {@code TRAINING_DUE_DAYS_ORGANISATION}.
 */
@Component
class TrainingPolicy {

    private final int tier1;
    private final int tier2;
    private final int tier3;
    private final int organisation;

    TrainingPolicy(@Value("${academy.training.due-days.tier-1:14}") int tier1,
                   @Value("${academy.training.due-days.tier-2:30}") int tier2,
                   @Value("${academy.training.due-days.tier-3:60}") int tier3,
                   @Value("${academy.training.due-days.organisation:30}") int organisation) {
        this.tier1 = tier1;
        this.tier2 = tier2;
        this.tier3 = tier3;
        this.organisation = organisation;
    }

    /** Days to train for a role held for a service of this tier, or for an organisation-wide role (null). */
    int dueDays(@Nullable Integer tier) {
        if (tier == null) {
            return organisation;
        }
        return switch (tier) {
            case 1 -> tier1;
            case 2 -> tier2;
            default -> tier3;
        };
    }

    LocalDate dueOn(@Nullable Integer tier, LocalDate today) {
        return today.plusDays(dueDays(tier));
    }
}
