package org.physiokiosk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import javafx.geometry.Point2D;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.physiokiosk.content.Catalog;
import org.physiokiosk.content.ContentLoader;
import org.physiokiosk.testing.Finger;
import org.physiokiosk.ui.common.PageScroller;
import org.physiokiosk.ui.exercise.ExerciseScreen;
import org.physiokiosk.ui.safety.SafetyScreen;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A patient pages a long clinic exercise's cautions by tapping ▼ again and again, faster than they read. Once
 * the end is reached the ▼ disables; the taps that still land where it is must not start the exercise (hostile
 * walk F22: the ▼ stood over Start, and those taps started the player without the patient choosing it).
 */
@ExtendWith(ApplicationExtension.class)
class CautionsArrowTapsWalkTest {

    private static final String CAUTIONS_DOWN =
            "#" + ExerciseScreen.CAUTIONS_ID + "-scroll" + PageScroller.DOWN_ID_SUFFIX;

    private KioskHarness kiosk;
    private Catalog catalog;

    @Start
    void start(Stage stage) {
        catalog = LongClinicContent.of(
                new ContentLoader().loadBundledAnd(Optional.empty()).catalog());
        kiosk = new KioskHarness(catalog, "nl");
        kiosk.start(stage, 1280, 800);
    }

    @Test
    void tenFastTapsOnTheDownArrowNeverStartTheExercise(FxRobot robot) {
        robot.interact(() ->
                kiosk.flow().showExercise(LongClinicContent.condition(catalog), LongClinicContent.exercise(catalog)));
        if (kiosk.screen() instanceof SafetyScreen) {
            robot.interact(() ->
                    KioskHarness.readToTheEnd(robot.lookup(".root").query().getScene()));
            Finger.tap(robot, "#" + SafetyScreen.CONFIRM_ID);
        }
        assertThat(kiosk.screen()).isInstanceOf(ExerciseScreen.class);
        assertThat(robot.lookup("#" + ExerciseScreen.START_ID).queryButton().isDisabled())
                .as("the twelve cautions page: Start waits")
                .isTrue();

        // Where the ▼ is at first, tapped ten times with no wait for the screen between taps.
        Point2D down = Finger.centre(robot, CAUTIONS_DOWN);
        for (int tap = 0; tap < 10; tap++) {
            robot.clickOn(down);
        }
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(kiosk.screen())
                .as("ten taps on ▼: still the exercise page, the player not started")
                .isInstanceOf(ExerciseScreen.class);
        assertThat(robot.lookup(CAUTIONS_DOWN).query().isDisabled())
                .as("the cautions were paged to their end")
                .isTrue();
        assertThat(robot.lookup(CAUTIONS_DOWN).query().isVisible())
                .as("the ▼ stays where it was, disabled, rather than vanishing")
                .isTrue();
        assertThat(robot.lookup("#" + ExerciseScreen.START_ID).queryButton().isDisabled())
                .as("read to the end: Start is ready, for the patient's own tap")
                .isFalse();
    }
}
