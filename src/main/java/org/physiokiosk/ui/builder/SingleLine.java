package org.physiokiosk.ui.builder;

import java.util.regex.Pattern;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;

/**
 * A one-line field keeps the words of pasted text apart: a line break or tab becomes one space. JavaFX drops
 * them instead, so "Rustig aan" and "niet doorduwen" on two lines of a referral came out as "Rustig aanniet
 * doorduwen" on the handout.
 */
final class SingleLine {

    private static final Pattern BREAKS = Pattern.compile("[\\r\\n\\t\\u2028\\u2029]+");

    private SingleLine() {}

    static <F extends TextField> F of(F field) {
        field.setTextFormatter(new TextFormatter<String>(change -> {
            if (change.isContentChange() && BREAKS.matcher(change.getText()).find()) {
                String text = BREAKS.matcher(change.getText()).replaceAll(" ");
                change.setText(text);
                int caret = change.getRangeStart() + text.length();
                change.selectRange(caret, caret);
            }
            return change;
        }));
        return field;
    }
}
