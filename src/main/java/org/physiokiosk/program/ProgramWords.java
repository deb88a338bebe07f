package org.physiokiosk.program;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The builder's own words about what the therapist typed (program-words*.properties), in the language of
 * the screen, which need not be the program's language.
 */
public final class ProgramWords {

    static final String BUNDLE = "org.physiokiosk.program.program-words";

    private final ResourceBundle words;
    private final Locale locale;

    public ProgramWords(String language) {
        this.locale = Locale.forLanguageTag(language);
        // No fallback to the JVM's default locale: a Dutch screen on an English PC stays Dutch.
        this.words = ResourceBundle.getBundle(
                BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /**
     * The pattern the date fields write and read (1/12/2026, 1-12-2026); a message about a date writes it so too,
     * not as 2026-12-01.
     */
    public String datePattern() {
        return words.getString("date.field");
    }

    String date(LocalDate date) {
        return DateTimeFormatter.ofPattern(datePattern(), locale).format(date);
    }

    String get(String key, Object... arguments) {
        return new MessageFormat(words.getString(key), locale).format(arguments);
    }
}
