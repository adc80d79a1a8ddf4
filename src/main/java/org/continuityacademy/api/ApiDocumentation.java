package org.continuityacademy.api;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.servers.Server;
import org.springframework.context.annotation.Configuration;

/**
 * What the OpenAPI document ({@code /v3/api-docs}, springdoc) says about the API as a whole. Only paths
 * under {@code /api/v1} are listed ({@code springdoc.paths-to-match}): the app's other controllers serve
 * its own pages. Its server is {@code BASE_URL}.
 */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(info = @Info(title = "Continuity Academy API", version = "v1",
        description = "Read-only access for BI tools and learning record stores. Every request needs an API token "
                + "(Authorization: Bearer ca_…), created by an administrator under API tokens, with the scope the "
                + "address needs: reports, training-records or xapi. Lists are paged with 'page' (from 0) and 'size' "
                + "(default 50, at most 500). Errors are problem details (RFC 9457)."),
        // the configured address, not one made from the request's Host header
        servers = @Server(url = "${academy.base-url}", description = "This installation"))
@SecurityScheme(name = ApiDocumentation.BEARER, type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "An API token: ca_ followed by 43 characters")
class ApiDocumentation {

    static final String BEARER = "api-token";
}
