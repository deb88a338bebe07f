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
import org.physiokiosk.kiosk.IdleWatchdog;
import org.physiokiosk.testing.Finger;
import org.physiokiosk.ui.common.ContentChange;
import org.physiokiosk.ui.common.PageScroller;
import org.physiokiosk.ui.common.TapCard;
import org.physiokiosk.ui.common.TopBar;
import org.physiokiosk.ui.condition.ConditionScreen;
import org.physiokiosk.ui.condition.ConditionTab;
import org.physiokiosk.ui.home.HomeScreen;
import org.physiokiosk.ui.idle.IdleOverlay;
import org.physiokiosk.ui.safety.SafetyScreen;
import org.physiokiosk.ui.start.StartScreen;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Taps that land on content the patient did not see, on the real kiosk at 1280x800. A shaky or impatient finger
 * taps twice, 80 ms apart (finding F2, decision 0028): the first tap changes what is on the screen, the second
 * lands on whatever stands there now and must do nothing. On a slow machine (decision 0047) a patient taps, sees
 * nothing happen and taps again 5 s later: both taps wait in the queue behind the busy FX thread, and the second
 * must not act on the screen the first one asked for. A deliberate tap after the screen settled works as always.
 * The tap guard's clock is held still and moved by the test; the queue is held by blocking the FX thread.
 */
@ExtendWith(ApplicationExtension.class)
class DoubleTapWalkTest {

    private static final long TREMOR_MILLIS = 80;
    private static final long SLOW_SCREEN_MILLIS = 5_000;

    private KioskHarness kiosk;
    private final AtomicInteger pressesOnScreens = new AtomicInteger();

    @Start
    void start(Stage stage) {
        kiosk = new KioskHarness(
                new ContentLoader().loadBundledAnd(Optional.empty()).catalog(), "nl");
        kiosk.start(stage, 1280, 800);
        kiosk.taps.holdStill();
        // Below the tap guard (a scene filter): counts the presses the screens get to see.
        stage.getScene()
                .getRoot()
                .addEventFilter(MouseEvent.MOUSE_PRESSED, event -> pressesOnScreens.incrementAndGet());
    }

    /** Two taps at the same spot, {@link #TREMOR_MILLIS} apart; says what the second would have landed on. */
    private Optional<String> doubleTap(FxRobot robot, String query) {
        kiosk.taps.advanceMillis(1_000); // the first tap is a deliberate one: the patient looked first
        Point2D spot = Finger.centre(robot, query);
        robot.clickOn(spot);
        WaitForAsyncUtils.waitForFxEvents();
        Optional<String> under = tappableAt(robot, spot);
        kiosk.taps.advanceMillis(TREMOR_MILLIS);
        robot.clickOn(spot);
        WaitForAsyncUtils.waitForFxEvents();
        return under;
    }

    /** A deliberate tap: the patient looked at the new screen first. */
    private void tapAfterLooking(FxRobot robot, String query) {
        kiosk.taps.advanceMillis(1_000);
        Finger.tap(robot, query);
    }

    /** Pages the complaint page down to its end, where "to the exercises" is. */
    private void pageDownToTheEnd(FxRobot robot) {
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

    private static Optional<String> tappableAt(FxRobot robot, Point2D spot) {
        return robot
                .lookup((Node node) -> node instanceof TapCard || node instanceof javafx.scene.control.ButtonBase)
                .queryAll()
                .stream()
                .filter(node -> node.isVisible() && node.getScene() != null)
                .filter(node -> node.localToScreen(node.getBoundsInLocal()).contains(spot))
                .map(Node::getId)
                .findFirst();
    }

    @Test
    void aDoubleTapDoesOneStepOnTheTileTheComplaintPageAndBack(FxRobot robot) {
        tapAfterLooking(robot, "#" + StartScreen.TAP_ID);
        assertThat(kiosk.screen()).isInstanceOf(HomeScreen.class);

        pressesOnScreens.set(0);
        doubleTap(robot, "#" + HomeScreen.TILE_ID_PREFIX + "sciatica");
        assertThat(kiosk.screen()).isInstanceOf(ConditionScreen.class);
        ConditionScreen page = (ConditionScreen) kiosk.screen();
        assertThat(page.tab()).as("the complaint opens on its warning signs").isEqualTo(ConditionTab.WARNINGS);
        assertThat(pressesOnScreens)
                .as("the second press never reached the complaint page")
                .hasValue(1);

        pageDownToTheEnd(robot); // as the tester did: the button is at the end of the warning signs
        pressesOnScreens.set(0);
        Optional<String> underTheFinger = doubleTap(robot, "#" + ConditionScreen.TO_EXERCISES_ID);
        assertThat(underTheFinger)
                .as("what the second tap lands on after the switch (the finding: an exercise card)")
                .hasValueSatisfying(id -> assertThat(id).startsWith("exercise-"));
        assertThat(kiosk.screen()).as("the list, not the card under the finger").isSameAs(page);
        assertThat(page.tab()).isEqualTo(ConditionTab.EXERCISES);
        assertThat(pressesOnScreens).hasValue(1);

        tapAfterLooking(robot, "#" + underTheFinger.orElseThrow());
        assertThat(kiosk.screen()).as("a deliberate tap on the card opens it").isInstanceOf(SafetyScreen.class);

        doubleTap(robot, "#" + TopBar.BACK_ID);
        assertThat(kiosk.screen())
                .as("back once, to the complaint, not on to the complaints (both Back buttons stand at one spot)")
                .isInstanceOf(ConditionScreen.class);
    }

    @Test
    void aTapThatMeetsTheIdleQuestionAsItAppearsStillSaysSomeoneIsThere(FxRobot robot) {
        tapAfterLooking(robot, "#" + StartScreen.TAP_ID);
        WaitForAsyncUtils.asyncFx(() -> kiosk.idleFor(60));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#" + IdleOverlay.CONTINUE_ID).tryQuery()).isPresent();

        pressesOnScreens.set(0);
        kiosk.taps.advanceMillis(TREMOR_MILLIS); // the finger was on its way when the question came up
        robot.clickOn(Finger.centre(robot, "#" + IdleOverlay.CONTINUE_ID));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(pressesOnScreens).as("the tap itself is swallowed").hasValue(0);
        assertThat(kiosk.app.idleGuard().orElseThrow().state())
                .as("but it counts as presence: the question goes")
                .isEqualTo(IdleWatchdog.State.ACTIVE);
        assertThat(robot.lookup("#" + IdleOverlay.CONTINUE_ID).tryQuery()).isEmpty();
        assertThat(kiosk.screen()).isInstanceOf(HomeScreen.class);
    }

    @Test
    void onABusyKioskTwoQueuedTapsDoOneStepFromHomeToTheSafetyCheckAndBack(FxRobot robot) throws Exception {
        tapAfterLooking(robot, "#" + StartScreen.TAP_ID);
        assertThat(kiosk.screen()).isInstanceOf(HomeScreen.class);

        assertThat(twoTapsQueuedOnABusyKiosk(robot, "#" + HomeScreen.TILE_ID_PREFIX + "sciatica"))
                .as("home → complaint: the second tap never reached the complaint page")
                .isEqualTo(1);
        assertThat(kiosk.screen()).isInstanceOf(ConditionScreen.class);
        ConditionScreen page = (ConditionScreen) kiosk.screen();
        assertThat(page.tab()).isEqualTo(ConditionTab.WARNINGS);

        pageDownToTheEnd(robot);
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
