package org.continuityacademy.base.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Vaadin's translations ({@code getTranslation} in every component) come from the same bundles as everything else. */
@Component
class AcademyI18NProvider implements I18NProvider {

    private final Messages messages;
    private final Languages languages;

    AcademyI18NProvider(Messages messages, Languages languages) {
        this.messages = messages;
        this.languages = languages;
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return languages.supported();
    }

    @Override
    public String getTranslation(String key, @Nullable Locale locale, @Nullable Object... params) {
        return messages.get(locale == null ? languages.organisationDefault() : locale, key, params);
    }
}
