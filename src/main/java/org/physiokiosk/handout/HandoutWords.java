package org.physiokiosk.handout;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;
import org.physiokiosk.content.Urgency;

/**
 * The handout's own words in the handout's language (not the screen's): handout.properties (Dutch, the
 * reference) and handout_en.properties. A missing language is an error rather than a silent fallback, so a
 * patient never gets half a handout in another language.
 */
final class HandoutWords {

    static final String BUNDLE = "org.physiokiosk.handout.handout";

    private final ResourceBundle words;
    private final Locale locale;

    HandoutWords(String language) {
        this.locale = Locale.forLanguageTag(language);
        this.words = ResourceBundle.getBundle(
                BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    String get(String key) {
        return words.getString(key);
    }

    /** The text of {@code key} with {0}, {1}, ... replaced (no MessageFormat: its quote rules trip translators). */
    String format(String key, Object... values) {
        String text = words.getString(key);
        for (int i = 0; i < values.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(values[i]));
        }
        return text;
    }

    String urgency(Urgency urgency) {
        return get("urgency." + urgency.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    /** "29 november 2026". */
    String longDate(LocalDate date) {
        return DateTimeFormatter.ofPattern(get("date.long"), locale).format(date);
    }

    /** "ma" / "Mon": a column of the exercise log. */
    String weekday(LocalDate date) {
        return DateTimeFormatter.ofPattern(get("date.weekday"), locale)
                .format(date)
                .replace(".", "");
    }

    /** "30/11": under the weekday in the exercise log. */
    String dayAndMonth(LocalDate date) {
        return DateTimeFormatter.ofPattern(get("date.daymonth"), locale).format(date);
    }
}
