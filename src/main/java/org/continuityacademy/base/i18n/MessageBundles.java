package org.continuityacademy.base.i18n;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Objects;
import java.util.TreeSet;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The message bundles: one per module, {@code i18n/<module>.properties} (English, UTF-8), with a file per
 * further language beside it ({@code i18n/<module>_de.properties}). Every text is a MessageFormat pattern,
 * with or without arguments, so an apostrophe is always written {@code ''}.
 */
@Configuration(proxyBeanMethods = false)
class MessageBundles {

    static final String FOLDER = "i18n";

    @Bean
    MessageSource messageSource() {
        var source = new ResourceBundleMessageSource();
        source.setBasenames(baseNames());
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        source.setAlwaysUseMessageFormat(true);
        source.setUseCodeAsDefaultMessage(false);
        return source;
    }

    /** {@code i18n/base}, {@code i18n/directory}, …: the English files, whose names have no language suffix. */
    static String[] baseNames() {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:" + FOLDER + "/*.properties");
            var names = new TreeSet<String>();
            Arrays.stream(files).map(Resource::getFilename).filter(Objects::nonNull)
                    .map(name -> name.substring(0, name.length() - ".properties".length()))
                    .filter(name -> !name.contains("_"))
                    .forEach(name -> names.add(FOLDER + "/" + name));
            return names.toArray(String[]::new);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not list the message bundles", e);
        }
    }
}
