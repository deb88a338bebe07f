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

    /** The dialog's size subscription while it is open, in its properties. */
    private static final Object RESIZED = new Object();

    private DialogPlacement() {}

    /** Centres each owned Stage shown from now on, until the subscription is undone. */
    public static Subscription install() {
        EventHandler<WindowEvent> onShown = event -> {
            if (event.getSource() instanceof Stage dialog) {
                centreOnOwner(dialog);
                Platform.runLater(() -> centreOnOwner(dialog)); // after the window manager placed it its own way
                // Under openbox a confirm is first shown 200 px wide and grows when its text is laid out; placed
                // at its first width it stood 155 px right of the middle (seen at 1280x800). It is placed again
                // each time its size changes while it is open.
                Subscription resized = dialog.widthProperty()
                        .subscribe(() -> centreOnOwner(dialog))
                        .and(dialog.heightProperty().subscribe(() -> centreOnOwner(dialog)));
                dialog.getProperties().put(RESIZED, resized);
            }
        };
        EventHandler<WindowEvent> onHidden = event -> {
            if (event.getSource() instanceof Stage dialog
                    && dialog.getProperties().remove(RESIZED) instanceof Subscription resized) {
                resized.unsubscribe();
            }
        };
        ListChangeListener<Window> watch = change -> {
            while (change.next()) {
                for (Window added : change.getAddedSubList()) {
                    if (added instanceof Stage stage && stage.getOwner() != null) {
                        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, onShown);
                        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, onHidden);
                    }
                }
                for (Window removed : change.getRemoved()) {
                    removed.removeEventHandler(WindowEvent.WINDOW_SHOWN, onShown);
                    removed.removeEventHandler(WindowEvent.WINDOW_HIDDEN, onHidden);
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
