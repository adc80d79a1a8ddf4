package org.continuityacademy.base.upload;

import com.vaadin.flow.spring.SpringServlet;
import jakarta.servlet.MultipartConfigElement;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Puts the upload limit in front of every request, and into the multipart settings of Vaadin's servlet. */
@Configuration(proxyBeanMethods = false)
class UploadLimitConfiguration {

    /** First of all filters: an oversized request is refused before security, sessions or Vaadin look at it. */
    @Bean
    FilterRegistrationBean<OversizedRequestFilter> oversizedRequestFilter(UploadLimit limit) {
        var registration = new FilterRegistrationBean<>(new OversizedRequestFilter(limit));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.addUrlPatterns("/*");
        return registration;
    }

    /**
     * Vaadin registers its servlet with a multipart configuration without limits (Spring Boot's
     * {@code spring.servlet.multipart.*} settings do not reach it): this gives it the upload limit, which Tomcat
     * enforces while a multipart body streams in, also when it came without a length.
     */
    @Bean
    static BeanPostProcessor vaadinMultipartLimit(ObjectProvider<UploadLimit> limit) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof ServletRegistrationBean<?> registration && registration.getServlet() instanceof SpringServlet) {
                    UploadLimit upload = limit.getObject();
                    registration.setMultipartConfig(new MultipartConfigElement("", upload.maxBytes(), upload.maxRequestBytes(), 0));
                }
                return bean;
            }
        };
    }
}
