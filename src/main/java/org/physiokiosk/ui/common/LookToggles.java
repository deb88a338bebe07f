package org.physiokiosk.ui.common;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import org.physiokiosk.ui.i18n.Messages;
import org.physiokiosk.ui.theme.Look;
import org.physiokiosk.ui.theme.Theme;

/**
 * The two small display switches (high contrast, larger text) on the start screen and the top bar. They
 * change the visit's {@link Look}; {@code onChanged} lets the shell redraw what paints in the old palette.
 */
public final class LookToggles {

    public static final String CONTRAST_ID = "toggle-contrast";
    public static final String LARGE_TEXT_ID = "toggle-large-text";

    private LookToggles() {}

    public static List<ToggleButton> create(Look look, Messages messages, Runnable onChanged) {
        return List.of(
                toggle(CONTRAST_ID, "◐", messages.get("look.highContrast"), look.highContrastProperty(), onChanged),
                toggle(LARGE_TEXT_ID, "A+", messages.get("look.largeText"), look.largeTextProperty(), onChanged));
    }

    private static ToggleButton toggle(
            String id, String glyph, String spoken, BooleanProperty choice, Runnable onChanged) {
        ToggleButton button = new ToggleButton(glyph);
        button.setId(id);
        button.getStyleClass().add(Theme.LOOK_TOGGLE);
        button.setAccessibleText(spoken);
        button.setTooltip(new Tooltip(spoken));
        button.setSelected(choice.get());
        button.setOnAction(event -> {
            choice.set(button.isSelected());
            onChanged.run();
        });
        return button;
    }
}
