package org.physiokiosk.ui.shell;

import java.util.function.LongSupplier;
import javafx.application.Platform;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.input.MouseEvent;
import javafx.util.Subscription;
import org.physiokiosk.kiosk.SettlingTime;
import org.physiokiosk.ui.common.ContentChange;

/**
 * Keeps a tap on the content it was aimed at (decisions 0028 and 0047). After the window's content changed (a
 * {@link ContentChange} from the navigator or a screen), a press is swallowed with the rest of its gesture (drag,
 * release, click) until the new content was laid out, every press queued meanwhile was handled, and the
 * {@link SettlingTime} passed. So neither the second half of a double tap nor a tap the patient made while a slow
 * machine was still making the new screen acts on it. A gesture during which the content changed (a finger held
 * down as the summary or the idle question came up) is swallowed from the change on: its release would act on
 * content the press was not aimed at. One filter on the scene covers every screen.
 *
 * <p>It only consumes; other filters on the scene still see every press (JavaFX calls all handlers of one node
 * even when one consumes), so the idle guard counts a swallowed press as presence and the staff door's long
 * press is timed as before. Touches reach the screens as the mouse events JavaFX makes from them; no screen
 * listens to touch events themselves ({@code TouchStaysBehindTheGuardTest}).
 */
final class TapGuard {

    private final Scene scene;
    private final SettlingTime settling;
    private final LongSupplier clock;
    private boolean awaitingLayout;
    private boolean swallowing;
    private long changeAtPress;

    private TapGuard(Scene scene, SettlingTime settling, LongSupplier clock) {
        this.scene = scene;
        this.settling = settling;
        this.clock = clock;
    }

    /** Guards every press in {@code scene}; {@code nanos} is the monotonic clock the settling time is read on. */
    static Subscription install(Scene scene, LongSupplier nanos) {
        TapGuard guard = new TapGuard(scene, new SettlingTime(), nanos);
        EventHandler<ContentChange> changed = event -> guard.changed();
        EventHandler<MouseEvent> mouse = guard::mouse;
        Runnable laidOut = guard::laidOut;
        scene.addEventHandler(ContentChange.CHANGED, changed);
        scene.addEventFilter(MouseEvent.ANY, mouse);
        scene.addPostLayoutPulseListener(laidOut);
        return () -> {
            scene.removeEventHandler(ContentChange.CHANGED, changed);
            scene.removeEventFilter(MouseEvent.ANY, mouse);
            scene.removePostLayoutPulseListener(laidOut);
        };
    }

    private void changed() {
        settling.changed(clock.getAsLong());
        awaitingLayout = true;
        Platform.requestNextPulse(); // a change that left the scene graph as it was still needs its pulse
    }

    /**
     * The new content has its layout and goes to the screen. Presses that reached the FX thread while it was being
     * made and laid out were aimed at what the patient saw before; they wait in the queue ahead of a runnable
     * posted now (input comes first on every platform's queue), so the content counts as shown only after them.
     */
    private void laidOut() {
        if (!awaitingLayout) {
            return;
        }
        awaitingLayout = false;
        long change = settling.latestChange();
        Platform.runLater(() -> settling.shown(change, clock.getAsLong()));
    }

    private void mouse(MouseEvent event) {
        var type = event.getEventType();
        if (type == MouseEvent.MOUSE_PRESSED) {
            swallowing = !settling.acceptsPressAt(clock.getAsLong());
            changeAtPress = settling.latestChange();
        } else if (type != MouseEvent.MOUSE_DRAGGED
                && type != MouseEvent.MOUSE_RELEASED
                && type != MouseEvent.MOUSE_CLICKED
                && type != MouseEvent.DRAG_DETECTED) {
            return; // moves, enters and exits are not part of a tap
        } else if (settling.latestChange() != changeAtPress) {
            swallowing = true; // the content changed under a finger that was already down
        }
        if (swallowing) {
            event.consume();
        }
    }
}
