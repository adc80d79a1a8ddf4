package org.continuityacademy.base.db;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Runs the app on an embedded MariaDB when no {@code DB_URL} is given: the one-command start and the
 * default test run. With {@code DB_URL} set, Spring Boot's own data source is used and nothing is embedded.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseCondition.class)
class EmbeddedDatabaseConfiguration {

    static final String DATABASE = "continuity_academy";

    @Bean(destroyMethod = "release")
    EmbeddedMariaDb embeddedMariaDb(@Value("${academy.embedded-db.folder:./data/mariadb}") String folder,
                                    @Value("${academy.embedded-db.fresh:false}") boolean fresh) {
        return EmbeddedMariaDb.obtain(Path.of(folder), fresh);
    }

    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedMariaDb server) {
        return DataSourceBuilder.create()
                .type(HikariDataSource.class)
                .driverClassName("org.mariadb.jdbc.Driver")
                .url(server.jdbcUrl(DATABASE))
                .username("root")
                .password("")
                .build();
    }
}
