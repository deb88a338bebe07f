package org.physiokiosk.ui.shell;

import java.util.Objects;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Scene;
import org.physiokiosk.ui.common.Screen;

/**
 * Shows one screen at a time in the window's scene. Screens are made by a factory, so a language switch
 * can make the current screen again in the new language instead of every widget listening for it.
 */
public final class Navigator {

    private final Scene scene;
    private final ReadOnlyObjectWrapper<Screen> current = new ReadOnlyObjectWrapper<>(this, "current");
    private Supplier<Screen> currentFactory;

    public Navigator(Scene scene) {
        this.scene = scene;
    }

    public void show(Supplier<Screen> factory) {
        Objects.requireNonNull(factory);
        Screen next = factory.get();
        Screen previous = current.get();
        currentFactory = factory;
        scene.setRoot(next.view());
        current.set(next);
        if (previous != null) {
            previous.dispose();
        }
    }

    /** Makes the current screen again, e.g. after the language changed. */
    public void refresh() {
        if (currentFactory != null) {
            show(currentFactory);
        }
    }

    public ReadOnlyObjectProperty<Screen> currentProperty() {
        return current.getReadOnlyProperty();
    }
}
