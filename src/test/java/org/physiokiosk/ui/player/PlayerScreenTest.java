package org.physiokiosk.ui.player;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.physiokiosk.content.Breath;
import org.physiokiosk.content.Catalog;
import org.physiokiosk.content.Category;
import org.physiokiosk.content.ContentLoader;
import org.physiokiosk.content.Dose;
import org.physiokiosk.content.Exercise;
import org.physiokiosk.content.IntRange;
import org.physiokiosk.content.LocalizedText;
import org.physiokiosk.content.Region;
import org.physiokiosk.content.Side;
import org.physiokiosk.content.StartPosition;
import org.physiokiosk.content.Step;
import org.physiokiosk.player.Phase;
import org.physiokiosk.player.PlannedExercise;
import org.physiokiosk.testing.Finger;
import org.physiokiosk.ui.i18n.Messages;
import org.physiokiosk.ui.theme.Theme;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The player screen played through with time pushed in: no sleeping, the clock is the test's. */
@ExtendWith(ApplicationExtension.class)
class PlayerScreenTest {

    private static final long S = 1_000_000_000L;

    private long now = 42 * S;
    private final CueSound sound = CueSound.silent();
    private PlayerScreen screen;
    private int finished;
    private int stopped;

    /** Lie down (1 s, once); lift into a bridge (1 s) and hold 2 s; lower (1 s). One rep, one set. */
    private static PlannedExercise bridge() {
        Step lie = new Step(
                LocalizedText.of("Ga liggen.", "Lie down."), "supine-knees-bent", 1, 0, Optional.empty(), true, false);
        Step lift = new Step(
                LocalizedText.of("Til je bekken op.", "Lift your hips."),
                "bridge",
                1,
                2,
                Optional.of(Breath.OUT),
                false,
                false);
        Step lower = new Step(
                LocalizedText.of("Zak terug.", "Lower your hips."),
                "supine-knees-bent",
                1,
                0,
                Optional.of(Breath.IN),
                false,
                false);
        Dose dose = new Dose(IntRange.exactly(1), 1, IntRange.exactly(2), 0, Side.NONE, IntRange.exactly(1), Set.of());
        Exercise exercise = new Exercise(
                "test-bridge",
                LocalizedText.of("Brug", "Bridge"),
                LocalizedText.of("s", "s"),
                Set.of(Region.BUTTOCKS),
                Category.STRENGTHEN,
                StartPosition.LYING_ON_BACK,
                Set.of(),
                List.of(lie, lift, lower),
                dose,
                List.of(),
                List.of(),
                List.of(),
                List.of("src"));
        return PlannedExercise.asWritten(exercise);
    }

    @Start
    void start(Stage stage) {
        Catalog catalog = new ContentLoader().loadBundledAnd(Optional.empty()).catalog();
        screen = new PlayerScreen(
                catalog.poses()::get,
                List.of(bridge()),
                new Messages("nl"),
                () -> finished++,
                () -> stopped++,
                () -> now,
                sound);
        Scene scene = new Scene(screen.view(), 1920, 1080);
        Theme.apply(scene);
        stage.setScene(scene);
        stage.show();
    }

    /** Moves the test's clock on and lets the screen show it, as its AnimationTimer would. */
    private void advance(FxRobot robot, long nanos) {
        robot.interact(() -> {
            now += nanos;
            screen.frame();
        });
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(Label.class).getText();
    }

    private static boolean visible(FxRobot robot, String id) {
        return robot.lookup("#" + id).tryQuery().map(Node::isVisible).orElse(false);
    }

    @Test
    void aShortExercisePlaysThroughToWellDone(FxRobot robot) {
        advance(robot, 0);
        assertThat(screen.state().phase()).isEqualTo(Phase.GET_READY);
        assertThat(text(robot, PlayerScreen.COUNTDOWN_ID)).isEqualTo("3");
        assertThat(text(robot, PlayerScreen.STEP_TEXT_ID)).isEqualTo("Ga liggen.");
        assertThat(screen.holdsIdleClock()).isTrue();
        advance(robot, 2 * S);
        assertThat(text(robot, PlayerScreen.COUNTDOWN_ID)).isEqualTo("1");

        advance(robot, S + S + S / 2); // get ready over, setup 1 s over, half of the lift
        assertThat(screen.state().phase()).isEqualTo(Phase.MOVE);
        assertThat(text(robot, PlayerScreen.STEP_TEXT_ID)).isEqualTo("Til je bekken op.");
        assertThat(text(robot, PlayerScreen.BREATH_ID)).isEqualTo("Adem uit");
        assertThat(text(robot, PlayerScreen.REP_ID)).isEqualTo("Herhaling 1 van 1");
        assertThat(visible(robot, PlayerScreen.SET_ID))
                .as("one set: no set counter")
                .isFalse();
        assertThat(visible(robot, PlayerScreen.SIDE_ID)).as("no side").isFalse();

        advance(robot, S / 2);
        assertThat(screen.state().phase()).isEqualTo(Phase.HOLD);
        assertThat(text(robot, PlayerScreen.COUNTDOWN_ID)).isEqualTo("2");
        advance(robot, S);
        assertThat(text(robot, PlayerScreen.COUNTDOWN_ID)).isEqualTo("1");
        advance(robot, S);
        assertThat(text(robot, PlayerScreen.STEP_TEXT_ID)).isEqualTo("Zak terug.");
        assertThat(text(robot, PlayerScreen.BREATH_ID)).isEqualTo("Adem in");

        advance(robot, S);
        assertThat(screen.state().completed()).isTrue();
        assertThat(screen.holdsIdleClock()).as("done: the idle clock may run").isFalse();
        assertThat(visible(robot, PlayerScreen.WELL_DONE_ID)).isTrue();
        assertThat(robot.lookup((Node n) ->
                                n instanceof Label l && l.getText().startsWith("•  Brug: 1 serie van 1 herhaling"))
                        .tryQuery())
                .isPresent();
        Finger.tap(robot, "#" + PlayerScreen.DONE_ID);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(finished).isEqualTo(1);
        assertThat(stopped).isZero();
    }

    @Test
    void pauseFreezesTheCountdownAndLetsTheIdleClockRun(FxRobot robot) {
        advance(robot, 5 * S + S / 2); // half a second into the 2 s hold
        assertThat(screen.state().phase()).isEqualTo(Phase.HOLD);
        Finger.tap(robot, "#" + PlayerScreen.PAUSE_ID);
        WaitForAsyncUtils.waitForFxEvents();
        long remaining = screen.state().remainingNanos();
        assertThat(robot.lookup("#" + PlayerScreen.PAUSE_ID)
                        .queryAs(Button.class)
                        .getText())
                .isEqualTo("Verder");
        assertThat(screen.holdsIdleClock()).isFalse();

        advance(robot, 600 * S);
        assertThat(screen.state().remainingNanos()).isEqualTo(remaining);
        assertThat(text(robot, PlayerScreen.COUNTDOWN_ID)).isEqualTo("2");
        assertThat(text(robot, PlayerScreen.PHASE_ID)).isEqualTo("Gepauzeerd");

        Finger.tap(robot, "#" + PlayerScreen.PAUSE_ID);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(screen.holdsIdleClock()).isTrue();
        advance(robot, remaining);
        assertThat(screen.state().phase())
                .as("the hold ends its remaining time after resume")
                .isEqualTo(Phase.MOVE);
    }

    @Test
    void nextSkipsTheHold(FxRobot robot) {
        advance(robot, 5 * S + S / 2);
        Finger.tap(robot, "#" + PlayerScreen.NEXT_ID);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, PlayerScreen.STEP_TEXT_ID)).isEqualTo("Zak terug.");
    }

    @Test
    void stopShowsAKindWordThenCallsOnStopped(FxRobot robot) {
        advance(robot, 4 * S);
        Finger.tap(robot, "#" + PlayerScreen.STOP_ID);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#" + PlayerScreen.STOPPED_ID).tryQuery()).isPresent();
        assertThat(robot.lookup("#" + PlayerScreen.STOPPED_RESUME_ID).tryQuery())
                .as("one exercise: nothing to go on with")
                .isEmpty();
        assertThat(stopped).isZero();
        Finger.tap(robot, "#" + PlayerScreen.STOPPED_BACK_ID);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stopped).isEqualTo(1);
        assertThat(finished).isZero();
        assertThat(screen.state().stopped()).isTrue();
        assertThat(screen.holdsIdleClock()).isFalse();
    }

    @Test
    void theEndOfACountdownBeepsAndPulsesButAMovementsEndDoesNot(FxRobot robot) {
        advance(robot, 3 * S + S / 10);
        assertThat(sound.cues()).as("get ready ended").isEqualTo(1);
        Node glow = robot.lookup("." + WordsColumn.HEADING_GLOW).query();
        Label heading = robot.lookup("#" + PlayerScreen.PHASE_ID).queryAs(Label.class);
        advance(robot, S + S); // setup and lift ended: movements
        assertThat(sound.cues()).isEqualTo(1);
        advance(robot, 2 * S + S / 10); // the hold ended 0.1 s ago
        assertThat(sound.cues()).isEqualTo(2);
        advance(robot, S / 10);
        assertThat(glow.getOpacity())
                .as("a glow comes up behind the heading naming the new phase, once")
                .isGreaterThan(0.0);
        assertThat(heading.getScaleX()).as("the heading keeps its size").isEqualTo(1.0);
        advance(robot, S / 2);
        assertThat(glow.getOpacity()).as("and settles").isZero();
    }

    @Test
    void theMuteButtonTurnsTheCueOff(FxRobot robot) {
        Finger.tap(robot, "#" + PlayerScreen.MUTE_ID);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#" + PlayerScreen.MUTE_ID)
                        .queryAs(javafx.scene.control.ToggleButton.class)
                        .getText())
                .isEqualTo("Geluid uit");
        advance(robot, 3 * S + S / 10);
        assertThat(sound.cues()).as("muted: the end of get ready is silent").isZero();
    }
}
