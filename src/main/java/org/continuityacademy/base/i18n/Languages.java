package org.continuityacademy.base.i18n;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The languages the app speaks and the organisation's default ({@code ORGANISATION_LOCALE}, default
 * {@code en-GB}). English is the bundles' base; another language is a bundle file per module. The
 * pseudo-locale {@code en-XA} ({@code academy.i18n.pseudo-locale=true}, for tests and translators) shows
 * every text from the bundles wrapped in ⟦…⟧, so that text which bypasses the bundles stands out.
 */
@Component
public class Languages {

    /** Shows bundle texts wrapped in ⟦…⟧; formats dates and numbers as the organisation's default does. */
    public static final Locale PSEUDO = Locale.forLanguageTag("en-XA");

    private final Locale organisationDefault;
    private final List<Locale> supported;

    Languages(@Value("${academy.organisation.locale:en-GB}") String organisationLocale,
              @Value("${academy.i18n.pseudo-locale:false}") boolean pseudo) {
        Locale locale = Locale.forLanguageTag(organisationLocale.strip().replace('_', '-'));
        if (!locale.getLanguage().equals("en")) {
            throw new IllegalStateException("ORGANISATION_LOCALE '" + organisationLocale
                    + "' is not a language the app speaks yet: use en-GB (or another English locale such as en-IE)");
        }
        this.organisationDefault = locale;
        var all = new ArrayList<Locale>();
        all.add(locale);
        if (pseudo) {
            all.add(PSEUDO);
        }
        this.supported = List.copyOf(all);
    }

    /** The organisation's default: for e-mails, documents and people whose browser asks for no language we speak. */
    public Locale organisationDefault() {
        return organisationDefault;
    }

    /** The locales a person can see the app in, the organisation's default first. */
    public List<Locale> supported() {
        return supported;
    }

    /** The locale whose conventions format dates and numbers for {@code locale}: the pseudo-locale formats as the default. */
    public Locale formatting(Locale locale) {
        return isPseudo(locale) ? organisationDefault : locale;
    }

    public static boolean isPseudo(Locale locale) {
        return PSEUDO.equals(locale);
    }
}
