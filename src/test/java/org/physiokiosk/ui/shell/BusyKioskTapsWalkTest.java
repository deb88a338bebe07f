package org.physiokiosk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.event.EventHandler;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.robot.Robot;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.physiokiosk.content.ContentLoader;
import org.physiokiosk.testing.Finger;
import org.physiokiosk.ui.common.ContentChange;
import org.physiokiosk.ui.common.PageScroller;
import org.physiokiosk.ui.common.TopBar;
import org.physiokiosk.ui.condition.ConditionScreen;
import org.physiokiosk.ui.condition.ConditionTab;
import org.physiokiosk.ui.home.HomeScreen;
import org.physiokiosk.ui.safety.SafetyScreen;
import org.physiokiosk.ui.start.StartScreen;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The kiosk on a slow machine (decision 0047): a patient taps, nothing seems to happen because the FX thread is
 * busy, and 5 s later taps again at the same spot. Both taps wait in the queue; the first one's new screen takes
 * 5 s to make, and the second must not act on it, whatever stands where the first button was. The tap guard's
 * clock is held still and moved by the test; the queue is held by blocking the FX thread.
 */
@ExtendWith(ApplicationExtension.class)
class BusyKioskTapsWalkTest {

    private static final long SLOW_SCREEN_MILLIS = 5_000;

    private KioskHarness kiosk;
    private final AtomicInteger pressesOnScreens = new AtomicInteger();

    @Start
    void start(Stage stage) {
        kiosk = new KioskHarness(
                new ContentLoader().loadBundledAnd(Optional.empty()).catalog(), "en");
        kiosk.start(stage, 1280, 800);
        kiosk.taps.holdStill();
        // Below the tap guard (a scene filter): counts the presses the screens get to see.
        stage.getScene()
                .getRoot()
                .addEventFilter(MouseEvent.MOUSE_PRESSED, event -> pressesOnScreens.incrementAndGet());
    }

    /**
     * Blocks the FX thread, queues two taps at the spot of {@code query}, and lets the first one's change of
     * content take {@link #SLOW_SCREEN_MILLIS} on the guard's clock, as making the new screen did on the slow
     * machine. Returns how many presses reached a screen.
     */
    private int twoTapsQueuedOnABusyKiosk(FxRobot robot, String query) throws Exception {
        kiosk.taps.advanceMillis(1_000); // the first tap is a deliberate one: the patient looked first
        Point2D spot = Finger.centre(robot, query);
        AtomicBoolean slowOnce = new AtomicBoolean(true);
        EventHandler<ContentChange> slowScreen = event -> {
            if (slowOnce.getAndSet(false)) {
                kiosk.taps.advanceMillis(SLOW_SCREEN_MILLIS);
            }
        };
        WaitForAsyncUtils.asyncFx(() ->
                        kiosk.app.navigator().host().getScene().addEventHandler(ContentChange.CHANGED, slowScreen))
                .get();
        pressesOnScreens.set(0);

        CountDownLatch busy = new CountDownLatch(1);
        Platform.runLater(() -> awaitQuietly(busy)); // the FX thread is busy: the patient sees nothing happen
        Platform.runLater(() -> tapAt(spot)); // the first tap waits in the queue
        Platform.runLater(() -> tapAt(spot)); // so does the second, made 5 s later at the same spot
        busy.countDown();
        WaitForAsyncUtils.waitForFxEvents();

        WaitForAsyncUtils.asyncFx(() ->
                        kiosk.app.navigator().host().getScene().removeEventHandler(ContentChange.CHANGED, slowScreen))
                .get();
        assertThat(slowOnce).as("the first tap changed the screen").isFalse();
        return pressesOnScreens.get();
    }

    private static void tapAt(Point2D spot) {
        Robot finger = new Robot();
        finger.mouseMove(spot);
        finger.mousePress(MouseButton.PRIMARY);
        finger.mouseRelease(MouseButton.PRIMARY);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** A deliberate tap: the patient looked at the new screen first. */
    private void tapAfterLooking(FxRobot robot, String query) {
        kiosk.taps.advanceMillis(1_000);
        Finger.tap(robot, query);
    }

    @Test
    void homeToComplaintToItsExercisesToTheSafetyCheckAndBackOneStepPerQueuedPair(FxRobot robot) throws Exception {
        tapAfterLooking(robot, "#" + StartScreen.TAP_ID);
        assertThat(kiosk.screen()).isInstanceOf(HomeScreen.class);

        assertThat(twoTapsQueuedOnABusyKiosk(robot, "#" + HomeScreen.TILE_ID_PREFIX + "sciatica"))
                .as("home → complaint: the second tap never reached the complaint page")
                .isEqualTo(1);
        assertThat(kiosk.screen()).isInstanceOf(ConditionScreen.class);
        ConditionScreen page = (ConditionScreen) kiosk.screen();
        assertThat(page.tab()).isEqualTo(ConditionTab.WARNINGS);

        String down = "#" + ConditionScreen.PART_ID + PageScroller.DOWN_ID_SUFFIX;
        for (int paged = 0;
                paged < 10
                        && robot.lookup(down)
                                .tryQuery()
                                .filter(Node::isVisible)
                                .filter(n -> !n.isDisabled())
                                .isPresent();
                paged++) {
            tapAfterLooking(robot, down);
        }
        assertThat(twoTapsQueuedOnABusyKiosk(robot, "#" + ConditionScreen.TO_EXERCISES_ID))
                .as("warning signs → exercises: the second tap did not open the card under the finger")
                .isEqualTo(1);
        assertThat(kiosk.screen()).isSameAs(page);
        assertThat(page.tab()).isEqualTo(ConditionTab.EXERCISES);

        String card = robot.lookup(
                        (Node node) -> node.getId() != null && node.getId().startsWith("exercise-") && node.isVisible())
                .query()
                .getId();
        assertThat(twoTapsQueuedOnABusyKiosk(robot, "#" + card))
                .as("complaint → exercise: the second tap did not act on the safety check")
                .isEqualTo(1);
        assertThat(kiosk.screen()).isInstanceOf(SafetyScreen.class);

        assertThat(twoTapsQueuedOnABusyKiosk(robot, "#" + TopBar.BACK_ID))
                .as("back: both Back buttons stand at one spot")
                .isEqualTo(1);
        assertThat(kiosk.screen()).as("back once, to the complaint").isInstanceOf(ConditionScreen.class);

        tapAfterLooking(robot, "#" + TopBar.BACK_ID);
        assertThat(kiosk.screen())
                .as("a patient's tap after seeing the screen works at once")
                .isInstanceOf(HomeScreen.class);
    }
}
