package org.physiokiosk.ui.common;

import java.util.function.LongSupplier;
import java.util.function.Predicate;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.TouchEvent;
import javafx.scene.input.TouchPoint;
import javafx.util.Subscription;

/**
 * A discreet staff gesture: a press held at least {@link #HOLD_NANOS} without moving, on a node the predicate
 * accepts (or inside one), fires when the finger lifts. Patients tap; nobody holds a label for two seconds by
 * chance. Touch reaches it as the mouse events JavaFX makes from touches. Time comes from the clock handed in,
 * so a test decides how long the press lasted. The release and click of a long press are consumed, so the
 * screen under it (the start screen is one big button) does not also act on it.
 *
 * <p>A hand resting on the screen is not a finger: JavaFX makes mouse events from the first touch point only, so
 * a palm on the clinic's name held as long looked like a long press. The touch events themselves are watched for
 * that alone: a second touch point, or the first one sliding beyond {@link #SLOP}, spoils the press of that
 * touch gesture; it never makes one. A real mouse (staff with a mouse) has no touch points and is timed as before.
 */
public final class LongPress {

    public static final long HOLD_NANOS = 2_000_000_000L;
    /** A finger wobbles; more than this many pixels is a swipe, not a hold. */
    public static final double SLOP = 12;

    private final Predicate<Node> target;
    private final LongSupplier clock;
    private final Runnable action;
    private long pressedAt = -1;
    private double x;
    private double y;
    private boolean swallowClick;
    /** Whether the touch gesture under way is still one finger that stays still; a new first finger resets it. */
    private boolean oneStillFinger = true;

    private double touchX;
    private double touchY;

    private LongPress(Predicate<Node> target, LongSupplier clock, Runnable action) {
        this.target = target;
        this.clock = clock;
        this.action = action;
    }

    /** Watches the whole scene, so screens made later (and remade on a language switch) need no wiring. */
    public static Subscription onScene(Scene scene, Predicate<Node> target, LongSupplier clock, Runnable action) {
        LongPress press = new LongPress(target, clock, action);
        EventHandler<MouseEvent> mouse = press::mouse;
        EventHandler<TouchEvent> touch = press::touch;
        scene.addEventFilter(MouseEvent.ANY, mouse);
        scene.addEventFilter(TouchEvent.ANY, touch);
        return () -> {
            scene.removeEventFilter(MouseEvent.ANY, mouse);
            scene.removeEventFilter(TouchEvent.ANY, touch);
        };
    }

    /** True for nodes carrying {@code styleClass}, and for nodes inside one (the text of a label). */
    public static Predicate<Node> withinStyleClass(String styleClass) {
        return node -> {
            for (Node at = node; at != null; at = at.getParent()) {
                if (at.getStyleClass().contains(styleClass)) {
                    return true;
                }
            }
            return false;
        };
    }

    /** Only ever spoils a press: the touches are read, never consumed, and never start anything. */
    private void touch(TouchEvent event) {
        TouchPoint point = event.getTouchPoint();
        if (event.getEventType() == TouchEvent.TOUCH_PRESSED && event.getTouchCount() == 1) {
            oneStillFinger = true; // the first finger of a new gesture
            touchX = point.getScreenX();
            touchY = point.getScreenY();
        } else if (event.getTouchCount() > 1
                || Math.hypot(point.getScreenX() - touchX, point.getScreenY() - touchY) > SLOP) {
            oneStillFinger = false;
            pressedAt = -1;
        }
    }

    private void mouse(MouseEvent event) {
        if (event.getEventType() == MouseEvent.MOUSE_PRESSED) {
            boolean onTarget = event.getPickResult().getIntersectedNode() != null
                    && target.test(event.getPickResult().getIntersectedNode());
            // A press made from a touch counts only while its gesture is one finger held still.
            boolean steady = !event.isSynthesized() || oneStillFinger;
            pressedAt = onTarget && steady ? clock.getAsLong() : -1;
            x = event.getScreenX();
            y = event.getScreenY();
            swallowClick = false;
        } else if (event.getEventType() == MouseEvent.MOUSE_DRAGGED && pressedAt >= 0) {
            if (Math.hypot(event.getScreenX() - x, event.getScreenY() - y) > SLOP) {
                pressedAt = -1;
            }
        } else if (event.getEventType() == MouseEvent.MOUSE_RELEASED && pressedAt >= 0) {
            boolean held = clock.getAsLong() - pressedAt >= HOLD_NANOS
                    && Math.hypot(event.getScreenX() - x, event.getScreenY() - y) <= SLOP;
            pressedAt = -1;
            if (held) {
                event.consume();
                swallowClick = true;
                action.run();
            }
        } else if (event.getEventType() == MouseEvent.MOUSE_CLICKED && swallowClick) {
            swallowClick = false;
            event.consume();
        }
    }
}
