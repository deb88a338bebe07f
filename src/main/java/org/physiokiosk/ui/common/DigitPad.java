package org.physiokiosk.ui.common;

import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.GridPane;

/**
 * On-screen digits 0–9 and erase for PIN fields on a touchscreen without a keyboard. A digit goes into
 * whichever of the fields has the focus (the first one when none has); the keys never take the focus
 * themselves, so a keyboard keeps working beside them.
 */
public final class DigitPad {

    public static final String KEY_ID_PREFIX = "digit-";
    public static final String ERASE_ID = "digit-erase";
    /** Style classes of the pad and its keys; their look is in builder.css, beside the PIN gate's. */
    public static final String PAD = "pk-keypad";

    public static final String KEY = "pk-key";

    private DigitPad() {}

    public static GridPane create(List<? extends TextInputControl> fields, String eraseText, int maxLength) {
        GridPane pad = new GridPane();
        pad.getStyleClass().add(PAD);
        for (int digit = 1; digit <= 9; digit++) {
            pad.add(key(fields, Integer.toString(digit), maxLength), (digit - 1) % 3, (digit - 1) / 3);
        }
        Button erase = new Button("⌫");
        erase.setId(ERASE_ID);
        erase.setAccessibleText(eraseText);
        erase.getStyleClass().add(KEY);
        erase.setFocusTraversable(false);
        erase.setOnAction(event -> {
            TextInputControl field = target(fields);
            String text = field.getText();
            field.setText(text.isEmpty() ? text : text.substring(0, text.length() - 1));
        });
        pad.add(erase, 0, 3);
        pad.add(key(fields, "0", maxLength), 1, 3);
        return pad;
    }

    private static Button key(List<? extends TextInputControl> fields, String digit, int maxLength) {
        Button key = new Button(digit);
        key.setId(KEY_ID_PREFIX + digit);
        key.getStyleClass().add(KEY);
        key.setFocusTraversable(false);
        key.setOnAction(event -> {
            TextInputControl field = target(fields);
            if (field.getText().length() < maxLength) {
                field.appendText(digit);
            }
        });
        return key;
    }

    private static TextInputControl target(List<? extends TextInputControl> fields) {
        return fields.stream()
                .filter(TextInputControl::isFocused)
                .map(TextInputControl.class::cast)
                .findFirst()
                .orElse(fields.get(0));
    }
}
