package org.physiokiosk.ui.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.physiokiosk.common.Language;

/**
 * The screens' own words, in the current language. Dutch is the base bundle; no fallback to the machine's
 * locale, so an English-language PC still starts in Dutch unless told otherwise.
 */
public final class Messages {

    public static final String BUNDLE = "org.physiokiosk.ui.i18n.messages";
    /** The screens' languages: the one list in {@link Language}. */
    public static final List<String> LANGUAGES = Language.codes();

    private final ReadOnlyStringWrapper language = new ReadOnlyStringWrapper(this, "language");
    private ResourceBundle bundle;

    public Messages(String initialLanguage) {
        setLanguage(initialLanguage);
    }

    public static ResourceBundle bundleFor(String language) {
        return ResourceBundle.getBundle(
                BUNDLE,
                Locale.forLanguageTag(language),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public void setLanguage(String newLanguage) {
        if (!LANGUAGES.contains(newLanguage)) {
            throw new IllegalArgumentException("unsupported language " + newLanguage);
        }
        bundle = bundleFor(newLanguage);
        language.set(newLanguage);
    }

    public String language() {
        return language.get();
    }

    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            // Shown rather than thrown: a missing word must not take a patient's screen down. A test keeps keys
            // complete.
            return "[" + key + "]";
        }
    }

    public String format(String key, Object... arguments) {
        return new MessageFormat(get(key), Locale.forLanguageTag(language())).format(arguments);
    }
}
