package org.physiokiosk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.physiokiosk.content.Catalog;
import org.physiokiosk.content.ContentLoader;
import org.physiokiosk.testing.Finger;
import org.physiokiosk.ui.common.PageScroller;
import org.physiokiosk.ui.exercise.ExerciseScreen;
import org.physiokiosk.ui.safety.SafetyScreen;
import org.physiokiosk.ui.start.StartScreen;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * On a small screen the warning signs do not fit: "none of these applies" only counts once every sign has
 * been on screen, so it waits until the list has been paged to its end.
 */
@ExtendWith(ApplicationExtension.class)
class SafetyReadToTheEndWalkTest {

    private KioskHarness kiosk;

    @Start
    void start(Stage stage) {
        Catalog catalog = new ContentLoader().loadBundledAnd(Optional.empty()).catalog();
        kiosk = new KioskHarness(catalog, "nl");
        kiosk.start(stage, 1280, 800);
    }

    private void tap(FxRobot robot, String id) {
        Finger.tap(robot, "#" + id);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void noneOfTheseWaitsUntilEverySignHasBeenOnScreen(FxRobot robot) {
        tap(robot, StartScreen.TAP_ID);
        tap(robot, "condition-low-back-pain");
        tap(robot, org.physiokiosk.ui.condition.ConditionTab.EXERCISES.buttonId());
        tap(robot, "exercise-leaflet-knees-to-chest");
        assertThat(kiosk.screen()).isInstanceOf(SafetyScreen.class);

        Button confirm = robot.lookup("#" + SafetyScreen.CONFIRM_ID).queryButton();
        assertThat(confirm.isDisabled())
                .as("the list does not fit at 1280x800, so not yet")
                .isTrue();
        assertThat(robot.lookup("#" + SafetyScreen.READ_ALL_ID).queryLabeled().isVisible())
                .isTrue();

        String down = "#" + SafetyScreen.SIGNS_ID + "-scroll" + PageScroller.DOWN_ID_SUFFIX;
        for (int page = 0; page < 10 && confirm.isDisabled(); page++) {
            tap(robot, down.substring(1));
        }
        assertThat(confirm.isDisabled()).as("paged to the last sign").isFalse();
        tap(robot, SafetyScreen.CONFIRM_ID);
        assertThat(kiosk.screen()).isInstanceOf(ExerciseScreen.class);
    }
}
