package org.continuityacademy.training;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The critical services the signed-in learner holds a continuity role for, as personal quiz questions name them
 * ("Your service Payments Gateway must be back within 30 minutes"). Implemented by the module that keeps the roles
 * ({@code continuity}), which depends on training, so training asks through this interface.
 */
public interface LearnerServices {

    /**
     * One entry per service role the signed-in learner holds now: the values of
     * {@link org.continuityacademy.catalogue.Question#PERSONAL_KEYS} in the learner's language. Roles in
     * {@code preferredRoles} (the module's audience) come first; with none of those, the others; none at all for a
     * learner who holds no service role.
     */
    List<Map<String, String>> mine(Collection<String> preferredRoles);
}
