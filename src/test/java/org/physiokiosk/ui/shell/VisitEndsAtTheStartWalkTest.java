package org.physiokiosk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.physiokiosk.content.Catalog;
import org.physiokiosk.content.ContentLoader;
import org.physiokiosk.testing.Finger;
import org.physiokiosk.ui.common.TopBar;
import org.physiokiosk.ui.condition.ConditionScreen;
import org.physiokiosk.ui.condition.ConditionTab;
import org.physiokiosk.ui.exercise.ExerciseScreen;
import org.physiokiosk.ui.home.HomeScreen;
import org.physiokiosk.ui.safety.SafetyAdviceScreen;
import org.physiokiosk.ui.safety.SafetyScreen;
import org.physiokiosk.ui.start.StartScreen;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The start screen stands between visits, however the patient got there: by Back from the complaints, or by
 * "back to the start" after the urgency advice. The idle guard leaves a resting start screen alone (it asks nobody
 * anything there), so whatever the visit held when the patient walked away must be gone by then: the next
 * patient is asked the warning signs again and reads the cautions again. Seen in the stranger's walk: a patient
 * who said "none of these" and went Back to the start left the next patient a complaint without its safety check.
 */
@ExtendWith(ApplicationExtension.class)
class VisitEndsAtTheStartWalkTest {

    private static final String LOW_BACK = "low-back-pain";
    private static final String SCIATICA = "sciatica";

    private KioskHarness kiosk;
    private Stage stage;
    private Catalog catalog;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        catalog = new ContentLoader().loadBundledAnd(Optional.empty()).catalog();
        kiosk = new KioskHarness(catalog, "nl");
        kiosk.start(stage, 1920, 1080);
    }

    private void tap(FxRobot robot, String id) {
        Finger.tap(robot, "#" + id);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** From home: the complaint, its exercises, its first exercise; the safety check if it is asked. */
    private void toFirstExercise(FxRobot robot, String condition) {
        tap(robot, HomeScreen.TILE_ID_PREFIX + condition);
        tap(robot, ConditionTab.EXERCISES.buttonId());
        String first = catalog.conditions().get(condition).exercises().get(0);
        tap(robot, "exercise-" + first);
    }

    private void confirmNoneApplies(FxRobot robot) {
        assertThat(kiosk.screen()).isInstanceOf(SafetyScreen.class);
        WaitForAsyncUtils.asyncFx(() -> KioskHarness.readToTheEnd(stage.getScene()));
        WaitForAsyncUtils.waitForFxEvents();
        tap(robot, SafetyScreen.CONFIRM_ID);
        assertThat(kiosk.screen()).isInstanceOf(ExerciseScreen.class);
    }

    /** What a patient at the start screen finds: nothing confirmed, every complaint asks its warning signs. */
    private void assertTheNextPatientIsAskedAgain(FxRobot robot, String condition) {
        assertThat(kiosk.flow().safetyConfirmed(condition))
                .as("the last patient's 'none of these applies' is forgotten at the start screen")
                .isFalse();
        assertThat(kiosk.flow().openedProgram()).isEmpty();
        tap(robot, StartScreen.TAP_ID);
        tap(robot, HomeScreen.TILE_ID_PREFIX + condition);
        assertThat(((ConditionScreen) kiosk.screen()).tab())
                .as("the complaint page opens on its warning signs, not where the last patient left it")
                .isEqualTo(ConditionTab.WARNINGS);
        tap(robot, TopBar.BACK_ID);
        toFirstExercise(robot, condition);
        assertThat(kiosk.screen()).as("the next patient is asked").isInstanceOf(SafetyScreen.class);
    }

    @Test
    void backToTheStartEndsTheVisit(FxRobot robot) {
        tap(robot, StartScreen.TAP_ID);
        toFirstExercise(robot, LOW_BACK);
        confirmNoneApplies(robot);

        tap(robot, TopBar.BACK_ID); // the complaint
        tap(robot, TopBar.BACK_ID); // the complaints
        tap(robot, TopBar.BACK_ID); // the start screen
        assertThat(kiosk.screen()).isInstanceOf(StartScreen.class);
        robot.interact(() ->
                kiosk.idleFor(600)); // nobody comes for ten minutes: the idle guard leaves a resting start screen alone

        assertTheNextPatientIsAskedAgain(robot, LOW_BACK);
    }

    @Test
    void theStartAfterTheUrgencyAdviceEndsTheVisit(FxRobot robot) {
        tap(robot, StartScreen.TAP_ID);
        toFirstExercise(robot, SCIATICA);
        confirmNoneApplies(robot);
        tap(robot, TopBar.BACK_ID);
        tap(robot, TopBar.BACK_ID);
        toFirstExercise(robot, LOW_BACK);
        tap(robot, SafetyScreen.APPLIES_ID);
        assertThat(kiosk.screen()).isInstanceOf(SafetyAdviceScreen.class);
        tap(robot, SafetyAdviceScreen.HOME_ID);
        assertThat(kiosk.screen()).isInstanceOf(StartScreen.class);

        assertTheNextPatientIsAskedAgain(robot, SCIATICA);
    }
}
