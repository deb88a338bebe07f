package org.physiokiosk.ui.common;

import javafx.scene.text.Font;
import javafx.scene.text.Text;

/** How wide words are in a font, measured as JavaFX lays text out: for a least width that keeps them whole. */
public final class TextWidth {

    private TextWidth() {}

    /** The width of {@code text} on one line in {@code font}. */
    public static double of(String text, Font font) {
        Text measure = new Text(text);
        measure.setFont(font);
        return measure.getLayoutBounds().getWidth();
    }

    /** The width of the widest of {@code texts} in {@code font}; 0 for none. */
    public static double widest(Iterable<String> texts, Font font) {
        Text measure = new Text();
        measure.setFont(font);
        double widest = 0;
        for (String text : texts) {
            measure.setText(text);
            widest = Math.max(widest, measure.getLayoutBounds().getWidth());
        }
        return widest;
    }
}
