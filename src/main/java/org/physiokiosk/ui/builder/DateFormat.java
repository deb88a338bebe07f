package org.physiokiosk.ui.builder;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.Locale;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;
import javafx.util.Subscription;
import org.physiokiosk.program.ProgramWords;

/**
 * Dates as the screen's language writes them (29-11-2026, 29/11/2026), not as the PC's locale does: a
 * Dutch clinic on an English Windows must not read 11/29/2026.
 */
final class DateFormat {

    private DateFormat() {}

    /**
     * A date written out ("9 March 2027", "9 maart 2027") in the screen's language. English is British here, as on
     * the handout ("1 December 2026") and in the date fields (1/12/2026): plain "en" wrote "March 9, 2027" beside
     * them (seen on the real desk in English).
     */
    static DateTimeFormatter written(FormatStyle style, String language) {
        return DateTimeFormatter.ofLocalizedDate(style).withLocale(locale(language));
    }

    private static Locale locale(String language) {
        return "en".equals(language) ? Locale.UK : Locale.forLanguageTag(language);
    }

    /**
     * Also, leaving the field with words that are no date ("Anne de Vries", typed one row too low) shows the
     * picker's date again: the picker keeps its value but, as that does not change, would keep the words on screen
     * while the program and the handout hold the date.
     */
    static Subscription apply(DatePicker picker, String language) {
        DateTimeFormatter format = DateTimeFormatter.ofPattern(new ProgramWords(language).datePattern());
        StringConverter<LocalDate> converter = new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : format.format(date);
            }

            @Override
            public LocalDate fromString(String text) {
                if (text == null || text.isBlank()) {
                    return null;
                }
                try {
                    return LocalDate.parse(text.strip(), format);
                } catch (DateTimeParseException e) {
                    return picker.getValue(); // an unreadable date keeps the one shown
                }
            }
        };
        picker.setConverter(converter);
        return picker.focusedProperty().subscribe(focused -> {
            String typed = picker.getEditor().getText();
            if (!focused && typed != null && !typed.isBlank() && !readable(typed, format)) {
                picker.getEditor().setText(converter.toString(picker.getValue()));
            }
        });
    }

    private static boolean readable(String text, DateTimeFormatter format) {
        try {
            LocalDate.parse(text.strip(), format);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
