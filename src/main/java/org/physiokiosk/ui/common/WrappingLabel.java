package org.physiokiosk.ui.common;

import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.layout.Region;

/**
 * A label that wraps instead of cutting its text short with "…": a long clinic name, complaint title or
 * disclaimer grows downwards. Its minimum height is its preferred height, so a crowded column makes room.
 */
public final class WrappingLabel extends Label {

    public WrappingLabel(String text, String... styleClasses) {
        super(text);
        wrapWhole(this);
        getStyleClass().addAll(styleClasses);
    }

    /**
     * Makes a label made elsewhere (a list cell's, a form's) wrap the same way. {@code setWrapText} alone is not
     * enough: in a squeezed column a label's minimum height is one line, and the rest of its text becomes "…".
     */
    public static <T extends Labeled> T wrapWhole(T label) {
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }
}
