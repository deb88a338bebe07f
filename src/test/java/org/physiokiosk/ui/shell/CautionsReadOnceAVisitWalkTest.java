package org.physiokiosk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.physiokiosk.content.Catalog;
import org.physiokiosk.content.Condition;
import org.physiokiosk.content.ContentLoader;
import org.physiokiosk.content.Exercise;
import org.physiokiosk.testing.Finger;
import org.physiokiosk.ui.common.PageScroller;
import org.physiokiosk.ui.common.TopBar;
import org.physiokiosk.ui.condition.ConditionTab;
import org.physiokiosk.ui.exercise.ExerciseScreen;
import org.physiokiosk.ui.home.HomeScreen;
import org.physiokiosk.ui.player.PlayerScreen;
import org.physiokiosk.ui.safety.SafetyScreen;
import org.physiokiosk.ui.start.StartScreen;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * At 1280x800 the longest cautions page, and Start waits until their end has been on screen (decision 0021).
 * Within one visit that is asked once per exercise: coming back from the player, or to the exercise from its
 * complaint, Start is ready. The idle reset forgets it with the rest of the visit, and the next patient is asked.
 */
@ExtendWith(ApplicationExtension.class)
class CautionsReadOnceAVisitWalkTest {

    private static final String CAUTIONS_DOWN = ExerciseScreen.CAUTIONS_ID + "-scroll" + PageScroller.DOWN_ID_SUFFIX;

    private KioskHarness kiosk;
    private Catalog catalog;

    @Start
    void start(Stage stage) {
        catalog = new ContentLoader().loadBundledAnd(Optional.empty()).catalog();
        kiosk = new KioskHarness(catalog, "nl");
        kiosk.start(stage, 1280, 800);
    }

    private void tap(FxRobot robot, String id) {
        Finger.tap(robot, "#" + id);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Button start(FxRobot robot) {
        return robot.lookup("#" + ExerciseScreen.START_ID).queryButton();
    }

    private static boolean readAllShown(FxRobot robot) {
        return robot.lookup("#" + ExerciseScreen.READ_ALL_ID).queryLabeled().isVisible();
    }

    @Test
    void startIsReadyAfterThePlayerAndAsksAgainAfterTheIdleReset(FxRobot robot) {
        Exercise exercise = ExercisePageCheck.longestCautions(catalog, "nl");
        Condition condition = catalog.conditions().values().stream()
                .filter(c -> c.exercises().contains(exercise.id()))
                .findFirst()
                .orElseThrow();

        openExercise(robot, condition, exercise);
        assertThat(start(robot).isDisabled())
                .as("the cautions page at 1280x800: Start waits")
                .isTrue();
        assertThat(readAllShown(robot)).as("'read everything first' is shown").isTrue();
        for (int page = 0; page < 10 && start(robot).isDisabled(); page++) {
            tap(robot, CAUTIONS_DOWN);
        }
        assertThat(start(robot).isDisabled()).as("paged to the end").isFalse();

        tap(robot, ExerciseScreen.START_ID);
        assertThat(kiosk.screen()).isInstanceOf(PlayerScreen.class);
        tap(robot, PlayerScreen.STOP_ID);
        tap(robot, PlayerScreen.STOPPED_BACK_ID); // the kind word after Stop (decision 0027), then back
        assertThat(kiosk.screen()).as("Stop goes back to the exercise").isInstanceOf(ExerciseScreen.class);
        assertThat(start(robot).isDisabled())
                .as("back from the player: the cautions were read in this visit")
                .isFalse();
        assertThat(readAllShown(robot)).as("no 'read everything first'").isFalse();
        assertThat(robot.lookup("#" + CAUTIONS_DOWN).query().isVisible())
                .as("the cautions still page for whoever wants to read them again")
                .isTrue();

        tap(robot, TopBar.BACK_ID);
        tap(robot, "exercise-" + exercise.id());
        assertThat(start(robot).isDisabled())
                .as("to the exercise again from its complaint")
                .isFalse();

        robot.interact(() -> kiosk.idleFor(61));
        robot.interact(() -> kiosk.idleFor(30));
        assertThat(kiosk.screen()).as("the idle reset").isInstanceOf(StartScreen.class);
        openExercise(robot, condition, exercise);
        assertThat(start(robot).isDisabled())
                .as("a new visit reads the cautions again")
                .isTrue();
        assertThat(readAllShown(robot)).isTrue();
    }

    @Test
    void pagingToTheEndWithoutStartingIsRememberedToo(FxRobot robot) {
        Exercise exercise = ExercisePageCheck.longestCautions(catalog, "nl");
        Condition condition = catalog.conditions().values().stream()
                .filter(c -> c.exercises().contains(exercise.id()))
                .findFirst()
                .orElseThrow();
        openExercise(robot, condition, exercise);
        for (int page = 0; page < 10 && start(robot).isDisabled(); page++) {
            tap(robot, CAUTIONS_DOWN);
        }
        tap(robot, TopBar.BACK_ID);
        tap(robot, "exercise-" + exercise.id());
        assertThat(kiosk.screen()).isInstanceOf(ExerciseScreen.class);
        assertThat(start(robot).isDisabled()).as("read to the end, then back").isFalse();
    }

    /** From the start screen: the complaint, its exercises, the warning signs read and confirmed, the exercise. */
    private void openExercise(FxRobot robot, Condition condition, Exercise exercise) {
        tap(robot, StartScreen.TAP_ID);
        assertThat(kiosk.screen()).isInstanceOf(HomeScreen.class);
        tap(robot, HomeScreen.TILE_ID_PREFIX + condition.id());
        tap(robot, ConditionTab.EXERCISES.buttonId());
        tap(robot, "exercise-" + exercise.id());
        if (kiosk.screen() instanceof SafetyScreen) {
            String down = SafetyScreen.SIGNS_ID + "-scroll" + PageScroller.DOWN_ID_SUFFIX;
            for (int page = 0;
                    page < 10
                            && robot.lookup("#" + SafetyScreen.CONFIRM_ID)
                                    .queryButton()
                                    .isDisabled();
                    page++) {
                tap(robot, down);
            }
            tap(robot, SafetyScreen.CONFIRM_ID);
        }
        assertThat(kiosk.screen()).isInstanceOf(ExerciseScreen.class);
    }
}
