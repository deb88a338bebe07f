package org.physiokiosk.ui.shell;

import java.util.function.LongSupplier;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.input.MouseEvent;
import javafx.util.Subscription;
import org.physiokiosk.kiosk.SettlingTime;
import org.physiokiosk.ui.common.ContentChange;

/**
 * Keeps a double tap from acting twice: after the window's content changed (a {@link ContentChange} from the
 * navigator or a screen), a press in the {@link SettlingTime} is swallowed with the rest of its gesture (drag,
 * release, click), so no button or tile on the new content sees it. One filter on the scene covers every screen.
 *
 * <p>It only consumes; other filters on the scene still see every press (JavaFX calls all handlers of one node
 * even when one consumes), so the idle guard counts a swallowed press as presence and the staff door's long
 * press is timed as before. Touches reach the screens as the mouse events JavaFX makes from them.
 */
final class TapGuard {

    private final SettlingTime settling;
    private final LongSupplier clock;
    private boolean swallowing;

    private TapGuard(SettlingTime settling, LongSupplier clock) {
        this.settling = settling;
        this.clock = clock;
    }

    /** Guards every press in {@code scene}; {@code nanos} is the monotonic clock the settling time is read on. */
    static Subscription install(Scene scene, LongSupplier nanos) {
        TapGuard guard = new TapGuard(new SettlingTime(), nanos);
        EventHandler<ContentChange> changed = event -> guard.settling.changed(nanos.getAsLong());
        EventHandler<MouseEvent> mouse = guard::mouse;
        scene.addEventHandler(ContentChange.CHANGED, changed);
        scene.addEventFilter(MouseEvent.ANY, mouse);
        return () -> {
            scene.removeEventHandler(ContentChange.CHANGED, changed);
            scene.removeEventFilter(MouseEvent.ANY, mouse);
        };
    }

    private void mouse(MouseEvent event) {
        var type = event.getEventType();
        if (type == MouseEvent.MOUSE_PRESSED) {
            swallowing = !settling.acceptsPressAt(clock.getAsLong());
        } else if (type != MouseEvent.MOUSE_DRAGGED
                && type != MouseEvent.MOUSE_RELEASED
                && type != MouseEvent.MOUSE_CLICKED
                && type != MouseEvent.DRAG_DETECTED) {
            return; // moves, enters and exits are not part of a tap
        }
        if (swallowing) {
            event.consume();
        }
    }
}
