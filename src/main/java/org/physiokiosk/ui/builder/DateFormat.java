package org.physiokiosk.ui.builder;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;

/**
 * Dates as the screen's language writes them (29-11-2026, 29/11/2026), not as the PC's locale does: a
 * Dutch clinic on an English Windows must not read 11/29/2026.
 */
final class DateFormat {

    private DateFormat() {}

    static void apply(DatePicker picker, String language) {
        DateTimeFormatter format = DateTimeFormatter.ofPattern("nl".equals(language) ? "d-M-yyyy" : "d/M/yyyy");
        picker.setConverter(new StringConverter<>() {
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
        });
    }
}
