package org.physiokiosk.ui.common;

import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.event.EventHandler;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import javafx.util.Subscription;

/**
 * Every dialog the app opens (the desk's confirm on close or delete, conflicts, and any other owned window, on
 * any screen) opens centred over the window that owns it, kept on that window's screen. The one place for all of
 * them: it watches the toolkit's list of windows, so no dialog has to remember, and the shell installs it once
 * where it makes the window (it was the builder's, so a dialog over the PIN change or any later screen was not
 * placed). Why it is needed: JavaFX places an owned window itself before
 * it is mapped, and under a window manager (openbox, seen 2026-11-30 on Xvfb) it showed the confirm dialog at the
 * screen's top-left instead; placing it again once it is shown, and once more after the window manager's first
 * answer, puts it where the therapist looks. Popups (menus, tooltips, notifications) are not Stages and are left
 * alone.
 */
public final class DialogPlacement {

    private DialogPlacement() {}

    /** Centres each owned Stage shown from now on, until the subscription is undone. */
    public static Subscription install() {
        EventHandler<WindowEvent> onShown = event -> {
            if (event.getSource() instanceof Stage dialog) {
                centreOnOwner(dialog);
                Platform.runLater(() -> centreOnOwner(dialog)); // after the window manager placed it its own way
            }
        };
        ListChangeListener<Window> watch = change -> {
            while (change.next()) {
                for (Window added : change.getAddedSubList()) {
                    if (added instanceof Stage stage && stage.getOwner() != null) {
                        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, onShown);
                    }
                }
                for (Window removed : change.getRemoved()) {
                    removed.removeEventHandler(WindowEvent.WINDOW_SHOWN, onShown);
                }
            }
        };
        Window.getWindows().addListener(watch);
        return () -> Window.getWindows().removeListener(watch);
    }

    /** Puts {@code dialog} in the middle of its owner, within the visible part of the owner's screen. */
    static void centreOnOwner(Stage dialog) {
        Window owner = dialog.getOwner();
        if (owner == null || !dialog.isShowing() || Double.isNaN(dialog.getWidth())) {
            return;
        }
        Rectangle2D room =
                Screen.getScreensForRectangle(owner.getX(), owner.getY(), owner.getWidth(), owner.getHeight()).stream()
                        .findFirst()
                        .orElseGet(Screen::getPrimary)
                        .getVisualBounds();
        double x = owner.getX() + (owner.getWidth() - dialog.getWidth()) / 2;
        double y = owner.getY() + (owner.getHeight() - dialog.getHeight()) / 2;
        dialog.setX(within(x, room.getMinX(), room.getMaxX() - dialog.getWidth()));
        dialog.setY(within(y, room.getMinY(), room.getMaxY() - dialog.getHeight()));
    }

    private static double within(double value, double min, double max) {
        return Math.max(min, Math.min(value, Math.max(min, max)));
    }
}
