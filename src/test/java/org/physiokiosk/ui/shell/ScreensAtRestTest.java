package org.physiokiosk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.control.ButtonBase;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.physiokiosk.content.Catalog;
import org.physiokiosk.content.ContentLoader;
import org.physiokiosk.program.CodeAttempts;
import org.physiokiosk.program.ProgramCode;
import org.physiokiosk.testing.Finger;
import org.physiokiosk.testing.Pulses;
import org.physiokiosk.ui.code.CodeKeypadScreen;
import org.physiokiosk.ui.condition.ConditionTab;
import org.physiokiosk.ui.exercise.ExerciseScreen;
import org.physiokiosk.ui.home.HomeScreen;
import org.physiokiosk.ui.idle.IdleOverlay;
import org.physiokiosk.ui.player.PlayerScreen;
import org.physiokiosk.ui.safety.SafetyAdviceScreen;
import org.physiokiosk.ui.safety.SafetyScreen;
import org.physiokiosk.ui.start.StartScreen;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A kiosk runs all day on a PC without a GPU, where every picture costs CPU: a screen a patient leaves standing
 * must not keep JavaFX pulsing once its entrance is over (issue #11). The walk taps to every patient screen,
 * waits until the toolkit itself says nothing runs and nothing is asked for (the start screen's swells take
 * about 15 s), then counts pulses over a span in which it expects none: zero holds at any machine load, since
 * load only delays pulses. The pointer stays where the finger last tapped, as on a touchscreen.
 *
 * <p>{@code -Drest.spanMs=5000} counts longer (docs/benchmarks.md, "Screens at rest"); every screen's counts are
 * printed as {@code PK-REST} lines.
 */
@ExtendWith(ApplicationExtension.class)
class ScreensAtRestTest {

    private static final long SPAN_MS = Long.getLong("rest.spanMs", 1_500);
    private static final int ENTRANCE_SECONDS = 30;
    private static final String CONDITION = "low-back-pain";

    private KioskHarness kiosk;
    private Stage stage;
    private Pulses pulses;
    private Catalog catalog;
    private final List<String> restless = new ArrayList<>();
    private long markPulses;
    private long markPainted;
    private long markNanos;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        catalog = new ContentLoader().loadBundledAnd(Optional.empty()).catalog();
        kiosk = new KioskHarness(catalog, "nl");
        kiosk.start(stage, 1920, 1080);
        pulses = Pulses.on(stage.getScene());
    }

    @Test
    void everyPatientScreenStopsPulsingOnceItsEntranceIsOver(FxRobot robot) throws InterruptedException {
        String exercise =
                "exercise-" + catalog.conditions().get(CONDITION).exercises().get(0);
        tap(robot, StartScreen.TAP_ID);
        atRest("home");
        tap(robot, HomeScreen.TILE_ID_PREFIX + CONDITION);
        atRest("condition, warning signs");
        tap(robot, ConditionTab.ABOUT.buttonId());
        atRest("condition, about");
        tap(robot, ConditionTab.EXERCISES.buttonId());
        atRest("condition, exercises");
        tap(robot, exercise);
        atRest("safety check");
        tap(robot, SafetyScreen.APPLIES_ID);
        atRest("safety advice");
        tap(robot, SafetyAdviceScreen.HOME_ID);
        atRest("start (after its three swells)");

        tap(robot, StartScreen.TAP_ID);
        tap(robot, HomeScreen.TILE_ID_PREFIX + CONDITION);
        tap(robot, ConditionTab.EXERCISES.buttonId());
        tap(robot, exercise);
        Pulses.onFx(() -> {
            KioskHarness.readToTheEnd(stage.getScene());
            return null;
        });
        atRest("safety check, read to the end");
        tap(robot, SafetyScreen.CONFIRM_ID);
        atRest("exercise page");
        mark();
        Pulses.onFx(() -> {
            kiosk.idleFor(61);
            return null;
        });
        atRest("idle warning (clock stopped)");
        tap(robot, IdleOverlay.CONTINUE_ID);

        tap(robot, ExerciseScreen.START_ID);
        tap(robot, PlayerScreen.PAUSE_ID);
        atRest("player, paused");
        tap(robot, PlayerScreen.PAUSE_ID);
        Pulses.onFx(
                () -> { // the whole exercise played at once; the idle guard sees it still running
                    kiosk.clock.addAndGet(3_600 * KioskHarness.SECOND);
                    kiosk.app.idleGuard().orElseThrow().tick();
                    return null;
                });
        atRest("player, well done");
        assertThat(robot.lookup("#" + PlayerScreen.WELL_DONE_ID).tryQuery()).isPresent();
        tap(robot, PlayerScreen.DONE_ID);
        tap(robot, HomeScreen.MY_PROGRAM_ID);
        atRest("code keypad");
        mark();
        Pulses.onFx(
                () -> { // five wrong codes lock the keypad: its countdown shows whole seconds of a stopped clock
                    for (int attempt = 0; attempt < CodeAttempts.WRONG_BEFORE_LOCK; attempt++) {
                        for (int symbol = 0; symbol < ProgramCode.LENGTH; symbol++) {
                            fire(CodeKeypadScreen.KEY_ID_PREFIX + "2");
                        }
                        fire(CodeKeypadScreen.OK_ID);
                    }
                    return null;
                });
        assertThat(robot.lookup("#" + CodeKeypadScreen.MESSAGE_ID)
                        .queryLabeled()
                        .getText())
                .contains("30");
        atRest("code keypad, locked (clock stopped)");

        assertThat(restless).as("screens still pulsing at rest").isEmpty();
    }

    private void fire(String id) {
        ((ButtonBase) stage.getScene().lookup("#" + id)).fire();
    }

    private void tap(FxRobot robot, String id) {
        mark();
        Finger.tap(robot, "#" + id);
    }

    /** Where the next screen's entrance starts: its pulses and pictures until rest are printed too. */
    private void mark() {
        markPulses = pulses.pulses();
        markPainted = pulses.painted();
        markNanos = System.nanoTime();
    }

    /** Waits for the screen's entrance to end, then counts pulses and pictures over the span: none expected. */
    private void atRest(String screen) throws InterruptedException {
        List<String> running = Pulses.awaitRest(ENTRANCE_SECONDS);
        long pulses0 = pulses.pulses();
        long painted0 = pulses.painted();
        long entranceMs = (System.nanoTime() - markNanos) / 1_000_000;
        Thread.sleep(SPAN_MS);
        long pulsed = pulses.pulses() - pulses0;
        long painted = pulses.painted() - painted0;
        String line = String.format(
                Locale.ROOT,
                "PK-REST %-32s entrance %5d ms: %4d pulses, %3d painted; then pulses %4d (%5.1f/s)  painted %4d"
                        + " (%5.2f/s) over %d ms%s",
                screen,
                entranceMs,
                pulses0 - markPulses,
                painted0 - markPainted,
                pulsed,
                pulsed * 1000.0 / SPAN_MS,
                painted,
                painted * 1000.0 / SPAN_MS,
                SPAN_MS,
                running.isEmpty() ? "" : "; still running after " + ENTRANCE_SECONDS + " s: " + running);
        System.out.println(line);
        if (pulsed > 0 || !running.isEmpty()) {
            restless.add(line);
        }
    }
}
