package org.physiokiosk.ui.common;

import java.util.function.LongSupplier;
import java.util.function.Predicate;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.MouseEvent;
import javafx.util.Subscription;

/**
 * A discreet staff gesture: a press held at least {@link #HOLD_NANOS} without moving, on a node the predicate
 * accepts (or inside one), fires when the finger lifts. Patients tap; nobody holds a label for two seconds by
 * chance. Touch reaches it as the mouse events JavaFX makes from touches. Time comes from the clock handed in,
 * so a test decides how long the press lasted. The release and click of a long press are consumed, so the
 * screen under it (the start screen is one big button) does not also act on it.
 */
public final class LongPress {

    public static final long HOLD_NANOS = 2_000_000_000L;
    /** A finger wobbles; more than this many pixels is a swipe, not a hold. */
    private static final double SLOP = 12;

    private final Predicate<Node> target;
    private final LongSupplier clock;
    private final Runnable action;
    private long pressedAt = -1;
    private double x;
    private double y;
    private boolean swallowClick;

    private LongPress(Predicate<Node> target, LongSupplier clock, Runnable action) {
        this.target = target;
        this.clock = clock;
        this.action = action;
    }

    /** Watches the whole scene, so screens made later (and remade on a language switch) need no wiring. */
    public static Subscription onScene(Scene scene, Predicate<Node> target, LongSupplier clock, Runnable action) {
        LongPress press = new LongPress(target, clock, action);
        EventHandler<MouseEvent> filter = press::handle;
        scene.addEventFilter(MouseEvent.ANY, filter);
        return () -> scene.removeEventFilter(MouseEvent.ANY, filter);
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

    private void handle(MouseEvent event) {
        if (event.getEventType() == MouseEvent.MOUSE_PRESSED) {
            boolean onTarget = event.getPickResult().getIntersectedNode() != null
                    && target.test(event.getPickResult().getIntersectedNode());
            pressedAt = onTarget ? clock.getAsLong() : -1;
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
