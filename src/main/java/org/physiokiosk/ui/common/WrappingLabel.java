package org.physiokiosk.ui.common;

import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/**
 * A label that wraps instead of cutting its text short with "…": a long clinic name, complaint title or
 * disclaimer grows downwards. Its minimum height is its preferred height, so a crowded column makes room.
 */
public final class WrappingLabel extends Label {

    public WrappingLabel(String text, String... styleClasses) {
        super(text);
        setWrapText(true);
        setMinHeight(Region.USE_PREF_SIZE);
        getStyleClass().addAll(styleClasses);
    }
}
