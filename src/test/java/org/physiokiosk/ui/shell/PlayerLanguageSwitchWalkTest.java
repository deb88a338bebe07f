package org.physiokiosk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.physiokiosk.content.Catalog;
import org.physiokiosk.content.ContentLoader;
import org.physiokiosk.content.Dose;
import org.physiokiosk.content.Exercise;
import org.physiokiosk.content.IntRange;
import org.physiokiosk.content.Side;
import org.physiokiosk.player.Phase;
import org.physiokiosk.player.PlannedExercise;
import org.physiokiosk.player.PlayerState;
import org.physiokiosk.testing.Finger;
import org.physiokiosk.ui.common.LookToggles;
import org.physiokiosk.ui.common.PageScroller;
import org.physiokiosk.ui.common.Screen;
import org.physiokiosk.ui.common.TopBar;
import org.physiokiosk.ui.player.PlayerFrames;
import org.physiokiosk.ui.player.PlayerScreen;
import org.physiokiosk.ui.theme.Theme;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Hostile walk F12: a patient who started in Dutch switches to English (and to larger text) inside the player, in
 * the middle of a hold, and keeps their place: the same screen, exercise, step, rep, set and side, the same seconds
 * left; paused stays paused. Before, the only switch was on the screens around the player, and Stop lost the place.
 */
@ExtendWith(ApplicationExtension.class)
class PlayerLanguageSwitchWalkTest {

    private static final long S = KioskHarness.SECOND;

    private KioskHarness kiosk;
    private Exercise exercise;

    @Start
    void start(Stage stage) {
        Catalog catalog = new ContentLoader().loadBundledAnd(Optional.empty()).catalog();
        exercise = catalog.exercises().get("lowback-knee-to-chest");
        kiosk = new KioskHarness(catalog, "nl");
        kiosk.start(stage, 1280, 800);
    }

    @Test
    void switchingLanguageAndLargerTextInAHoldKeepsThePlace(FxRobot robot) {
        playUntilRepThreeOfSetTwoInAHold(robot);
        Screen player = kiosk.screen();
        PlayerState before = frame();
        assertThat(text(robot, PlayerScreen.REP_ID)).isEqualTo("Herhaling 3 van 5");
        assertThat(text(robot, PlayerScreen.SET_ID)).isEqualTo("Serie 2 van 2");
        assertThat(text(robot, PlayerScreen.PHASE_ID)).isEqualTo("Houd vast");

        tap(robot, TopBar.LANGUAGE_ID_PREFIX + "en");
        PlayerState after = frame();
        assertThat(kiosk.screen()).as("the same player, not one made anew").isSameAs(player);
        assertThat(after).as("not a tick, not a restart").isEqualTo(before);
        assertThat(after.remainingNanos()).isEqualTo(before.remainingNanos());
        assertThat(text(robot, PlayerScreen.REP_ID)).isEqualTo("Rep 3 of 5");
        assertThat(text(robot, PlayerScreen.SET_ID)).isEqualTo("Set 2 of 2");
        assertThat(text(robot, PlayerScreen.PHASE_ID)).isEqualTo("Hold");
        assertThat(text(robot, PlayerScreen.SAFETY_ID)).isEqualTo("Stop if the pain gets worse");
        assertThat(text(robot, PlayerScreen.STEP_TEXT_ID))
                .isEqualTo(after.step().orElseThrow().text().in("en"));
        assertThat(button(robot, PlayerScreen.PREVIOUS_ID)).isEqualTo("Previous step");
        assertThat(button(robot, PlayerScreen.PAUSE_ID)).isEqualTo("Pause");

        // The countdown goes on from where it was.
        kiosk.clock.addAndGet(S);
        assertThat(frame().remainingNanos()).isEqualTo(before.remainingNanos() - S);

        tap(robot, PlayerScreen.PAUSE_ID);
        PlayerState paused = frame();
        tap(robot, TopBar.LANGUAGE_ID_PREFIX + "nl");
        kiosk.clock.addAndGet(10 * S);
        assertThat(frame()).as("paused stays paused, in Dutch").isEqualTo(paused);
        assertThat(button(robot, PlayerScreen.PAUSE_ID)).isEqualTo("Verder");
        assertThat(button(robot, PlayerScreen.PREVIOUS_ID)).isEqualTo("Vorige stap");
        assertThat(text(robot, PlayerScreen.PHASE_ID)).isEqualTo("Gepauzeerd");

        tap(robot, LookToggles.LARGE_TEXT_ID);
        assertThat(kiosk.screen()).isSameAs(player);
        assertThat(kiosk.flow().look().largeText()).isTrue();
        assertThat(kiosk.app.navigator().host().getStyleClass()).contains(Theme.LARGE_TEXT);
        assertThat(frame()).isEqualTo(paused);

        tap(robot, PlayerScreen.PAUSE_ID);
        kiosk.clock.addAndGet(S);
        PlayerState resumed = frame();
        assertThat(resumed.rep()).isEqualTo(3);
        assertThat(resumed.set()).isEqualTo(2);
        assertThat(resumed.remainingNanos()).isEqualTo(paused.remainingNanos() - S);
    }

    @Test
    void theStoppedCardSpeaksTheNewLanguageAndKeepsItsWayBack(FxRobot robot) {
        playUntilRepThreeOfSetTwoInAHold(robot);
        tap(robot, PlayerScreen.STOP_ID);
        assertThat(button(robot, PlayerScreen.STOPPED_BACK_ID)).isEqualTo("‹  Terug");
        tap(robot, TopBar.LANGUAGE_ID_PREFIX + "en");
        assertThat(robot.lookup("#" + PlayerScreen.STOPPED_ID).tryQuery()).isPresent();
        assertThat(button(robot, PlayerScreen.STOPPED_BACK_ID)).isEqualTo("‹  Back");
        tap(robot, PlayerScreen.STOPPED_BACK_ID);
        assertThat(kiosk.screen()).isNotInstanceOf(PlayerScreen.class);
        assertThat(robot.lookup("#" + TopBar.BACK_ID).queryButton().getText()).endsWith("Back");
    }

    /** Two sets of five, thirty seconds' hold, each side: played until the third rep of the second set holds. */
    private void playUntilRepThreeOfSetTwoInAHold(FxRobot robot) {
        Dose dose =
                new Dose(IntRange.exactly(5), 2, IntRange.exactly(30), 10, Side.EACH, IntRange.exactly(1), Set.of());
        WaitForAsyncUtils.asyncFx(
                () -> kiosk.flow().play(List.of(new PlannedExercise(exercise, dose, Optional.empty()))));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(exercise.cautions()).as("its cautions wait before it").isNotEmpty();
        Button begin = robot.lookup("#" + PlayerScreen.BEGIN_ID).queryButton();
        for (int page = 0; page < 10 && begin.isDisabled(); page++) {
            tap(robot, PlayerScreen.CAUTIONS_ID + "-scroll" + PageScroller.DOWN_ID_SUFFIX);
        }
        tap(robot, PlayerScreen.BEGIN_ID);
        // One trip to the FX thread for the whole way there: a frame a quarter second, as the timer would.
        PlayerState state = onFx(() -> {
            PlayerState now = PlayerFrames.frame(kiosk.screen());
            for (int i = 0; i < 20_000 && !(now.set() == 2 && now.rep() == 3 && now.phase() == Phase.HOLD); i++) {
                kiosk.clock.addAndGet(S / 4);
                now = PlayerFrames.frame(kiosk.screen());
            }
            return now;
        });
        assertThat(state.phase()).isEqualTo(Phase.HOLD);
        kiosk.clock.addAndGet(7 * S + S / 3); // somewhere in the middle of the hold, not on a whole second
        frame();
    }

    private PlayerState frame() {
        return onFx(() -> PlayerFrames.frame(kiosk.screen()));
    }

    private static PlayerState onFx(java.util.concurrent.Callable<PlayerState> work) {
        try {
            return FxToolkit.setupFixture(work);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError(e);
        }
    }

    private static void tap(FxRobot robot, String id) {
        Finger.tap(robot, "#" + id);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(Label.class).getText();
    }

    private static String button(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryButton().getText();
    }
}
