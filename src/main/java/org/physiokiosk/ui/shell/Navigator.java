package org.physiokiosk.ui.shell;

import java.util.Objects;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import org.physiokiosk.ui.common.ContentChange;
import org.physiokiosk.ui.common.Screen;

/**
 * Shows one screen at a time in the window, with room for one overlay above it (the idle question). The
 * window's root stays the same node for the whole run, so the display choices set on it (high contrast,
 * large text) survive every change of screen. Screens are made by a factory, so a language switch can make
 * the current screen again in the new language; the factory reads where the patient was from the visit.
 * Every change of screen or overlay is announced as a {@link ContentChange}, so the tap guard can keep the rest
 * of a double tap off the new content.
 */
public final class Navigator {

    private final StackPane host = new StackPane();
    private final StackPane screenLayer = new StackPane();
    private final ReadOnlyObjectWrapper<Screen> current = new ReadOnlyObjectWrapper<>(this, "current");
    private Supplier<Screen> currentFactory;
    private Node overlay;
    private java.util.function.Consumer<RuntimeException> onFault = fault -> {
        throw fault;
    };

    public Navigator(Scene scene) {
        host.getChildren().add(screenLayer);
        scene.setRoot(host);
    }

    /** The window's root: display choices go on it as style classes. */
    public StackPane host() {
        return host;
    }

    public void show(Supplier<Screen> factory) {
        Objects.requireNonNull(factory);
        Screen next;
        try { // a screen that cannot be made leaves the old one up and goes to the fault handler (ScreenFaults)
            next = factory.get();
            Objects.requireNonNull(next.view(), "a screen without a view");
        } catch (RuntimeException fault) {
            onFault.accept(fault);
            return;
        }
        Screen previous = current.get();
        currentFactory = factory;
        screenLayer.getChildren().setAll(next.view());
        current.set(next);
        if (previous != null) {
            previous.dispose();
        }
        ContentChange.announce(host);
    }

    /** Makes the current screen again, e.g. after the language changed. */
    public void refresh() {
        if (currentFactory != null) {
            show(currentFactory);
        }
    }

    /** Where a screen's failure to be made goes; by default it is thrown on. */
    void onFault(java.util.function.Consumer<RuntimeException> handler) {
        onFault = Objects.requireNonNull(handler);
    }

    public ReadOnlyObjectProperty<Screen> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public void showOverlay(Node node) {
        hideOverlay();
        overlay = node;
        host.getChildren().add(node);
        ContentChange.announce(host);
    }

    public void hideOverlay() {
        if (overlay != null) {
            host.getChildren().remove(overlay);
            overlay = null;
            ContentChange.announce(host);
        }
    }

    public boolean showsOverlay() {
        return overlay != null;
    }
}
