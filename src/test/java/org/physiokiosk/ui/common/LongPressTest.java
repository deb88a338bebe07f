package org.physiokiosk.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javafx.event.Event;
import javafx.event.EventType;
import javafx.scene.Scene;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.PickResult;
import javafx.scene.input.TouchEvent;
import javafx.scene.input.TouchPoint;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The staff door's long press on a bare scene, with time pushed in and touches made by hand, as JavaFX delivers
 * them: a touch event per touch point (each carrying how many are down), and mouse events made from the first
 * point only, marked synthesized. A palm resting on the clinic's name is several points, or one that slides.
 */
class LongPressTest {

    private static final long MS = 1_000_000L;
    private static final double X = 100;
    private static final double Y = 50;

    private final AtomicLong clock = new AtomicLong(10_000 * MS);
    private final AtomicInteger opened = new AtomicInteger();
    private final Region name = new Region();
    private int eventSet;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void scene() throws Exception {
        onFx(() -> {
            name.setPrefSize(400, 100);
            Scene scene = new Scene(new StackPane(name), 600, 300);
            LongPress.onScene(scene, node -> node == name, clock::get, opened::incrementAndGet);
        });
    }

    @Test
    void oneFingerHeldStillForTwoSecondsOpensTheDoorAndAShorterHoldDoesNot() throws Exception {
        onFx(() -> {
            fingerDown(1, X, Y);
            clock.addAndGet(LongPress.HOLD_NANOS - MS);
            fingerUp(1, X, Y);
            assertThat(opened).as("a hold 1 ms short").hasValue(0);

            fingerDown(1, X, Y);
            clock.addAndGet(LongPress.HOLD_NANOS / 2);
            fingerMoves(1, X + 8, Y + 5); // a finger wobbles
            clock.addAndGet(LongPress.HOLD_NANOS / 2);
            fingerUp(1, X + 8, Y + 5);
            assertThat(opened).hasValue(1);
        });
    }

    @Test
    void aPalmThatLandsAllAtOnceDoesNotOpenTheDoor() throws Exception {
        onFx(() -> {
            // Three points at once: each pressed event already counts all three; the mouse follows the first.
            List<TouchPoint> palm = List.of(point(1, X, Y), point(2, X + 40, Y + 10), point(3, X + 70, Y + 30));
            for (TouchPoint landing : palm) {
                touch(TouchEvent.TOUCH_PRESSED, landing, palm);
            }
            mouse(MouseEvent.MOUSE_PRESSED, X, Y, true);
            clock.addAndGet(3 * LongPress.HOLD_NANOS);
            for (TouchPoint lifting : palm) {
                touch(TouchEvent.TOUCH_RELEASED, lifting, palm);
            }
            mouse(MouseEvent.MOUSE_RELEASED, X, Y, true);
            mouse(MouseEvent.MOUSE_CLICKED, X, Y, true);
            assertThat(opened).hasValue(0);
        });
    }

    @Test
    void aSecondTouchPointWhileTheFirstIsHeldSpoilsThePress() throws Exception {
        onFx(() -> {
            fingerDown(1, X, Y);
            clock.addAndGet(LongPress.HOLD_NANOS / 2);
            List<TouchPoint> both = List.of(point(1, X, Y), point(2, X + 60, Y));
            touch(TouchEvent.TOUCH_STATIONARY, both.get(0), both);
            touch(TouchEvent.TOUCH_PRESSED, both.get(1), both);
            touch(TouchEvent.TOUCH_RELEASED, both.get(1), both); // the heel of the hand lifts again
            clock.addAndGet(LongPress.HOLD_NANOS);
            fingerUp(1, X, Y);
            assertThat(opened).hasValue(0);
        });
    }

    @Test
    void aPressThatSlidesAwayAndBackDoesNotOpenTheDoor() throws Exception {
        onFx(() -> {
            fingerDown(1, X, Y);
            fingerMoves(1, X + 30, Y);
            fingerMoves(1, X, Y);
            clock.addAndGet(LongPress.HOLD_NANOS);
            fingerUp(1, X, Y);
            assertThat(opened).as("a slide, with the mouse events made from it").hasValue(0);

            // A platform that sends the touch's moves but no mouse drags for them: the touch alone spoils it.
            touch(TouchEvent.TOUCH_PRESSED, point(1, X, Y), List.of(point(1, X, Y)));
            mouse(MouseEvent.MOUSE_PRESSED, X, Y, true);
            touch(TouchEvent.TOUCH_MOVED, point(1, X, Y + 40), List.of(point(1, X, Y + 40)));
            touch(TouchEvent.TOUCH_MOVED, point(1, X, Y), List.of(point(1, X, Y)));
            clock.addAndGet(LongPress.HOLD_NANOS);
            touch(TouchEvent.TOUCH_RELEASED, point(1, X, Y), List.of(point(1, X, Y)));
            mouse(MouseEvent.MOUSE_RELEASED, X, Y, true);
            assertThat(opened).as("a slide seen in the touch events only").hasValue(0);
        });
    }

    @Test
    void afterAPalmOneFingerStillOpensTheDoor() throws Exception {
        onFx(() -> {
            List<TouchPoint> palm = List.of(point(1, X, Y), point(2, X + 40, Y));
            touch(TouchEvent.TOUCH_PRESSED, palm.get(0), palm);
            touch(TouchEvent.TOUCH_PRESSED, palm.get(1), palm);
            mouse(MouseEvent.MOUSE_PRESSED, X, Y, true);
            clock.addAndGet(LongPress.HOLD_NANOS);
            touch(TouchEvent.TOUCH_RELEASED, palm.get(1), palm);
            touch(TouchEvent.TOUCH_RELEASED, palm.get(0), List.of(palm.get(0)));
            mouse(MouseEvent.MOUSE_RELEASED, X, Y, true);
            assertThat(opened).hasValue(0);

            fingerDown(7, X, Y);
            clock.addAndGet(LongPress.HOLD_NANOS);
            fingerUp(7, X, Y);
            assertThat(opened).as("the staff's own finger, next").hasValue(1);
        });
    }

    @Test
    void aMouseHeldStillStillOpensTheDoorEvenRightAfterAPalm() throws Exception {
        onFx(() -> {
            List<TouchPoint> palm = List.of(point(1, X, Y), point(2, X + 40, Y));
            touch(TouchEvent.TOUCH_PRESSED, palm.get(0), palm);
            touch(TouchEvent.TOUCH_PRESSED, palm.get(1), palm);
            touch(TouchEvent.TOUCH_RELEASED, palm.get(1), palm);
            touch(TouchEvent.TOUCH_RELEASED, palm.get(0), List.of(palm.get(0)));

            mouse(MouseEvent.MOUSE_PRESSED, X, Y, false);
            clock.addAndGet(LongPress.HOLD_NANOS);
            mouse(MouseEvent.MOUSE_RELEASED, X, Y, false);
            assertThat(opened).as("staff with a mouse: no touch points at all").hasValue(1);

            mouse(MouseEvent.MOUSE_PRESSED, X, Y, false);
            mouse(MouseEvent.MOUSE_DRAGGED, X + LongPress.SLOP + 1, Y, false);
            clock.addAndGet(LongPress.HOLD_NANOS);
            mouse(MouseEvent.MOUSE_RELEASED, X + LongPress.SLOP + 1, Y, false);
            assertThat(opened).as("a mouse dragged off its place").hasValue(1);
        });
    }

    /** One finger: its touch event, then the mouse event JavaFX makes from it. */
    private void fingerDown(int id, double x, double y) {
        touch(TouchEvent.TOUCH_PRESSED, point(id, x, y), List.of(point(id, x, y)));
        mouse(MouseEvent.MOUSE_PRESSED, x, y, true);
    }

    private void fingerMoves(int id, double x, double y) {
        touch(TouchEvent.TOUCH_MOVED, point(id, x, y), List.of(point(id, x, y)));
        mouse(MouseEvent.MOUSE_DRAGGED, x, y, true);
    }

    private void fingerUp(int id, double x, double y) {
        touch(TouchEvent.TOUCH_RELEASED, point(id, x, y), List.of(point(id, x, y)));
        mouse(MouseEvent.MOUSE_RELEASED, x, y, true);
        mouse(MouseEvent.MOUSE_CLICKED, x, y, true);
    }

    private TouchPoint point(int id, double x, double y) {
        return new TouchPoint(id, TouchPoint.State.STATIONARY, x, y, x, y, name, new PickResult(name, x, y));
    }

    /** {@code down} are all the points on the screen in this event set, {@code point} among them. */
    private void touch(EventType<TouchEvent> type, TouchPoint point, List<TouchPoint> down) {
        List<TouchPoint> points = new ArrayList<>(down);
        Event.fireEvent(name, new TouchEvent(type, point, points, ++eventSet, false, false, false, false));
    }

    private void mouse(EventType<MouseEvent> type, double x, double y, boolean fromTouch) {
        Event.fireEvent(
                name,
                new MouseEvent(
                        type,
                        x,
                        y,
                        x,
                        y,
                        MouseButton.PRIMARY,
                        1,
                        false,
                        false,
                        false,
                        false,
                        type != MouseEvent.MOUSE_RELEASED && type != MouseEvent.MOUSE_CLICKED,
                        false,
                        false,
                        fromTouch,
                        false,
                        true,
                        new PickResult(name, x, y)));
    }

    private static void onFx(Runnable work) throws Exception {
        WaitForAsyncUtils.asyncFx(work).get();
    }
}
