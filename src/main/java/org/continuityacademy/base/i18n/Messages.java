package org.continuityacademy.base.i18n;

import com.vaadin.flow.component.UI;
import java.time.Clock;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;

/**
 * Every text a person reads, from the message bundles: the UI (through Vaadin's {@code getTranslation},
 * which comes here), e-mails, certificates, evidence packs and exports. Texts are {@link java.text.MessageFormat}
 * patterns ({@code {0}} for an argument, {@code ''} for an apostrophe). A key missing from the bundles is
 * logged and shown as {@code ⚠key}; with {@code academy.i18n.strict=true} (the tests) it is an error.
 */
@Component
public class Messages {

    private static final Logger log = LoggerFactory.getLogger(Messages.class);

    private final MessageSource source;
    private final Languages languages;
    private final Clock clock;
    private final boolean strict;
    private final Set<String> reported = ConcurrentHashMap.newKeySet();

    Messages(MessageSource source, Languages languages, Clock clock, @Value("${academy.i18n.strict:false}") boolean strict) {
        this.source = source;
        this.languages = languages;
        this.clock = clock;
        this.strict = strict;
    }

    /** The text of {@code key} in the current person's language. */
    public String get(String key, @Nullable Object... args) {
        return get(currentLocale(), key, args);
    }

    /** The text of {@code key} in {@code locale}. */
    public String get(Locale locale, String key, @Nullable Object... args) {
        String text;
        try {
            text = source.getMessage(key, args, Languages.isPseudo(locale) ? languages.organisationDefault() : locale);
        } catch (NoSuchMessageException e) {
            if (strict) {
                throw new IllegalArgumentException("No text for the key '" + key + "' in the message bundles (src/main/resources/i18n)");
            }
            if (reported.add(key)) {
                log.warn("No text for the key '{}' in the message bundles", key);
            }
            return "⚠" + key;
        }
        return Languages.isPseudo(locale) ? "⟦" + text + "⟧" : text;
    }

    /** Whether the bundles have a text for {@code key}. */
    public boolean has(String key) {
        try {
            source.getMessage(key, null, languages.organisationDefault());
            return true;
        } catch (NoSuchMessageException e) {
            return false;
        }
    }

    /** The label of an enum constant: the key {@code <EnumName>.<CONSTANT>} (e.g. {@code Position.PRIMARY}). */
    public String label(Enum<?> value) {
        return get(labelKey(value));
    }

    public String label(Locale locale, Enum<?> value) {
        return get(locale, labelKey(value));
    }

    public static String labelKey(Enum<?> value) {
        return value.getDeclaringClass().getSimpleName() + "." + value.name();
    }

    /** The signed-in person's locale in the UI; elsewhere (jobs, e-mails) the organisation's default. */
    public Locale currentLocale() {
        UI ui = UI.getCurrent();
        return ui != null ? ui.getLocale() : languages.organisationDefault();
    }

    public Locale organisationLocale() {
        return languages.organisationDefault();
    }

    /** Dates and numbers for the current person, in the organisation's time zone. */
    public Formats formats() {
        return formats(currentLocale());
    }

    /** Dates and numbers for {@code locale}, in the organisation's time zone. */
    public Formats formats(Locale locale) {
        return new Formats(languages.formatting(locale), clock.getZone());
    }
}
