package org.physiokiosk.ui.theme;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Parent;
import javafx.util.Subscription;
import org.physiokiosk.figure.FigureStyle;

/**
 * The patient's display choices for this visit: high contrast and large text. Each is a style class on the
 * window's root that switches to a second token set in tokens.css; the figure takes the matching palette.
 * The idle reset puts both back.
 */
public final class Look {

    private final BooleanProperty highContrast = new SimpleBooleanProperty(this, "highContrast");
    private final BooleanProperty largeText = new SimpleBooleanProperty(this, "largeText");

    public BooleanProperty highContrastProperty() {
        return highContrast;
    }

    public BooleanProperty largeTextProperty() {
        return largeText;
    }

    public boolean highContrast() {
        return highContrast.get();
    }

    public boolean largeText() {
        return largeText.get();
    }

    public FigureStyle figureStyle() {
        return highContrast.get() ? FigureStyle.highContrast() : FigureStyle.standard();
    }

    public void reset() {
        highContrast.set(false);
        largeText.set(false);
    }

    /** Keeps {@code root}'s style classes in step with the choices until the returned subscription ends. */
    public Subscription applyTo(Parent root) {
        return highContrast
                .subscribe(on -> toggle(root, Theme.HIGH_CONTRAST, on))
                .and(largeText.subscribe(on -> toggle(root, Theme.LARGE_TEXT, on)));
    }

    private static void toggle(Parent root, String styleClass, boolean on) {
        root.getStyleClass().remove(styleClass);
        if (on) {
            root.getStyleClass().add(styleClass);
        }
    }
}
