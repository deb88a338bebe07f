package org.physiokiosk.ui.shell;

import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.event.EventHandler;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.util.Subscription;

/**
 * Keeps a kiosk window where it is: full screen on its screen without decorations, and sized to the screen's
 * bounds as well, because with no window manager full screen may not be granted. The keys that close, leave
 * full screen or quit (Esc, Alt+F4, Ctrl+Q, Ctrl+W, F11) are swallowed before any screen sees them, the
 * window's close request is refused, and if full screen is left or the window minimised anyway it is taken
 * back. The only ways out are the staff menu behind the PIN and the operating system (see
 * docs/kiosk-lockdown.md). Used only with --kiosk: in a window nothing is blocked.
 */
public final class KioskLockdown {

    private final Stage stage;
    private final Rectangle2D screen;
    private final List<Subscription> owned = new ArrayList<>();

    private KioskLockdown(Stage stage, Rectangle2D screen) {
        this.stage = stage;
        this.screen = screen;
    }

    /** Locks {@code stage} (before or after it is shown) and every key typed into {@code scene}. */
    public static KioskLockdown lock(Stage stage, Scene scene, Rectangle2D screen) {
        KioskLockdown lockdown = new KioskLockdown(stage, screen);
        lockdown.apply(scene);
        return lockdown;
    }

    /** True for the keys a visitor could use to close the window, leave full screen or quit. */
    static boolean refused(KeyEvent event) {
        KeyCode code = event.getCode();
        return code == KeyCode.ESCAPE
                || code == KeyCode.F11
                || (code == KeyCode.F4 && event.isAltDown())
                || ((code == KeyCode.Q || code == KeyCode.W) && (event.isControlDown() || event.isShortcutDown()));
    }

    private void apply(Scene scene) {
        if (stage.getStyle() == StageStyle.DECORATED) {
            try {
                stage.initStyle(StageStyle.UNDECORATED);
            } catch (IllegalStateException shownBefore) {
                // a stage shown once keeps its style; full screen below has no decorations either way
            }
        }
        stage.setFullScreenExitHint("");
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        fillScreen();
        if (stage.isShowing()) {
            stage.setFullScreen(true);
        } else {
            // Asked once the window is up: Monocle (tests, embedded boards) fails to enter full screen on an unshown
            // window; the window already covers the screen meanwhile.
            owned.add(stage.showingProperty().subscribe(showing -> {
                if (showing) {
                    Platform.runLater(this::takeBack);
                }
            }));
        }

        EventHandler<KeyEvent> keys = event -> {
            if (refused(event)) {
                event.consume();
            }
        };
        scene.addEventFilter(KeyEvent.ANY, keys);
        owned.add(() -> scene.removeEventFilter(KeyEvent.ANY, keys));
        stage.setOnCloseRequest(javafx.event.Event::consume);
        owned.add(() -> stage.setOnCloseRequest(null));
        owned.add(stage.fullScreenProperty().subscribe(full -> {
            if (!full) {
                Platform.runLater(this::takeBack); // not from inside the change itself
            }
        }));
        owned.add(stage.iconifiedProperty().subscribe(iconified -> {
            if (iconified) {
                Platform.runLater(this::takeBack);
            }
        }));
    }

    private void takeBack() {
        if (owned.isEmpty()) {
            return;
        }
        stage.setIconified(false);
        fillScreen();
        stage.setFullScreen(true);
    }

    /** Where a window manager does not grant full screen, the window still covers the whole screen. */
    private void fillScreen() {
        stage.setX(screen.getMinX());
        stage.setY(screen.getMinY());
        stage.setWidth(screen.getWidth());
        stage.setHeight(screen.getHeight());
    }

    /** Lets go of the stage (on quit); nothing is refused afterwards. */
    public void release() {
        owned.forEach(Subscription::unsubscribe);
        owned.clear();
    }
}
