package org.physiokiosk.ui.builder;

import java.util.function.BooleanSupplier;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import javafx.util.Subscription;

/**
 * Closing the desk's window (its title bar's X, Alt+F4) over unsaved work asks first, as the builder's own
 * Close button does: before, the window went and the program with it. It follows the screen into whichever
 * window shows it, and lets go of that window when the screen is disposed.
 */
final class CloseGuard {

    private final BooleanSupplier mayClose;
    private final EventHandler<WindowEvent> filter = this::closing;
    private final Subscription subscription;
    private Window watched;

    /** {@code mayClose} is asked on every close request; false keeps the window open. */
    CloseGuard(Node view, BooleanSupplier mayClose) {
        this.mayClose = mayClose;
        subscription = view.sceneProperty().flatMap(Scene::windowProperty).subscribe(this::watch);
    }

    private void watch(Window window) {
        if (watched != null) {
            watched.removeEventFilter(WindowEvent.WINDOW_CLOSE_REQUEST, filter);
        }
        watched = window;
        if (window != null) {
            window.addEventFilter(WindowEvent.WINDOW_CLOSE_REQUEST, filter);
        }
    }

    private void closing(WindowEvent event) {
        if (!mayClose.getAsBoolean()) {
            event.consume();
        }
    }

    void dispose() {
        subscription.unsubscribe();
        watch(null);
    }
}
