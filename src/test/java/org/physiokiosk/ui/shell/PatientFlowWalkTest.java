package org.physiokiosk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.physiokiosk.content.Catalog;
import org.physiokiosk.content.ContentFixtures;
import org.physiokiosk.content.ContentLoader;
import org.physiokiosk.testing.Finger;
import org.physiokiosk.ui.common.TopBar;
import org.physiokiosk.ui.condition.ConditionScreen;
import org.physiokiosk.ui.condition.ConditionTab;
import org.physiokiosk.ui.exercise.ExerciseScreen;
import org.physiokiosk.ui.home.HomeScreen;
import org.physiokiosk.ui.player.PlayerScreen;
import org.physiokiosk.ui.safety.SafetyAdviceScreen;
import org.physiokiosk.ui.safety.SafetyScreen;
import org.physiokiosk.ui.start.StartScreen;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A patient's walk through the real screens, headless, from the start screen to the player. */
@ExtendWith(ApplicationExtension.class)
class PatientFlowWalkTest {

    private KioskHarness kiosk;

    @Start
    void start(Stage stage) {
        Catalog catalog =
                new ContentLoader().load(List.of(ContentFixtures.base())).catalog();
        kiosk = new KioskHarness(catalog, "nl");
        kiosk.start(stage, 1920, 1080);
    }

    private void tap(FxRobot robot, String id) {
        Finger.tap(robot, "#" + id);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static boolean showsText(FxRobot robot, String text) {
        return robot.lookup((Node node) ->
                        node instanceof Label label && label.getText().contains(text) && node.isVisible())
                .tryQuery()
                .isPresent();
    }

    @Test
    void startComplaintRedFlagsSafetyCheckExerciseAndStart(FxRobot robot) {
        assertThat(kiosk.screen()).isInstanceOf(StartScreen.class);
        tap(robot, StartScreen.TAP_ID);
        assertThat(kiosk.screen()).isInstanceOf(HomeScreen.class);

        tap(robot, "condition-back-pain");
        ConditionScreen condition = (ConditionScreen) kiosk.screen();
        assertThat(condition.tab()).as("the page opens on the warning signs").isEqualTo(ConditionTab.WARNINGS);
        VBox redFlags = robot.lookup("#" + ConditionScreen.RED_FLAGS_ID).queryAs(VBox.class);
        List<String> texts =
                robot.from(redFlags).lookup((Node n) -> n instanceof Label).queryAllAs(Label.class).stream()
                        .map(Label::getText)
                        .toList();
        assertThat(String.join("\n", texts))
                .containsSubsequence(
                        "Zoek meteen hulp",
                        "Koorts met rugpijn.",
                        "Ga naar je huisarts als het aanhoudt",
                        "Drie weken pijn.");

        tap(robot, ConditionScreen.TO_EXERCISES_ID);
        assertThat(condition.tab()).isEqualTo(ConditionTab.EXERCISES);
        tap(robot, "exercise-bridge");
        assertThat(kiosk.screen())
                .as("the safety check comes before the first exercise")
                .isInstanceOf(SafetyScreen.class);
        assertThat(showsText(robot, "Koorts met rugpijn.")).isTrue();

        tap(robot, SafetyScreen.CONFIRM_ID);
        assertThat(kiosk.screen()).isInstanceOf(ExerciseScreen.class);
        assertThat(robot.lookup("#" + ExerciseScreen.DOSE_ID)
                        .queryAs(Label.class)
                        .getText())
                .isEqualTo("5–10 keer · 5 seconden vasthouden · 2 keer per dag");
        assertThat(showsText(robot, "Til je billen op."))
                .as("every step is listed")
                .isTrue();

        tap(robot, ExerciseScreen.START_ID);
        assertThat(kiosk.screen()).isInstanceOf(PlayerScreen.class);
        assertThat(robot.lookup("#" + PlayerScreen.STOP_ID).tryQuery())
                .as("Stop on the player")
                .isPresent();

        tap(robot, PlayerScreen.STOP_ID);
        assertThat(showsText(robot, "Stop als de pijn erger wordt, en vraag het aan je fysiotherapeut."))
                .as("Stop says a kind word first")
                .isTrue();
        tap(robot, PlayerScreen.STOPPED_BACK_ID);
        assertThat(kiosk.screen()).as("Stop goes back to the exercise").isInstanceOf(ExerciseScreen.class);
        tap(robot, TopBar.BACK_ID);
        tap(robot, "exercise-bridge");
        assertThat(kiosk.screen()).as("asked once per visit").isInstanceOf(ExerciseScreen.class);
    }

    @Test
    void doThemAllPlaysTheComplaintsTemplateAfterTheSafetyCheck(FxRobot robot) {
        tap(robot, StartScreen.TAP_ID);
        tap(robot, "condition-back-pain");
        tap(robot, ConditionTab.EXERCISES.buttonId());
        tap(robot, ConditionScreen.DO_ALL_ID);
        assertThat(kiosk.screen()).isInstanceOf(SafetyScreen.class);
        tap(robot, SafetyScreen.CONFIRM_ID);
        assertThat(kiosk.screen()).isInstanceOf(PlayerScreen.class);
        tap(robot, PlayerScreen.STOP_ID);
        tap(robot, PlayerScreen.STOPPED_BACK_ID);
        assertThat(kiosk.screen()).as("Stop goes back to the complaint").isInstanceOf(ConditionScreen.class);
    }

    @Test
    void oneOfTheseAppliesLeadsToTheUrgencyAdviceAndHome(FxRobot robot) {
        tap(robot, StartScreen.TAP_ID);
        tap(robot, "condition-back-pain");
        tap(robot, ConditionScreen.TO_EXERCISES_ID);
        tap(robot, "exercise-bridge");
        tap(robot, SafetyScreen.APPLIES_ID);
        assertThat(kiosk.screen()).isInstanceOf(SafetyAdviceScreen.class);
        VBox advice = robot.lookup("#" + SafetyAdviceScreen.ADVICE_ID).queryAs(VBox.class);
        String text = String.join(
                "\n",
                robot.from(advice).lookup((Node n) -> n instanceof Label).queryAllAs(Label.class).stream()
                        .map(Label::getText)
                        .toList());
        assertThat(text)
                .containsSubsequence(
                        "Koorts met rugpijn.",
                        "Meld het nu aan de balie of bij je fysiotherapeut.",
                        "Zoek meteen hulp",
                        "Drie weken pijn.",
                        "Ga naar je huisarts als het aanhoudt");
        assertThat(text.substring(text.indexOf("Drie weken pijn.")))
                .as("a sign to see the GP if it lasts is not sent to the desk at once")
                .doesNotContain("Meld het nu");
        assertThat(kiosk.flow().safetyConfirmed("back-pain")).isFalse();

        tap(robot, SafetyAdviceScreen.HOME_ID);
        assertThat(kiosk.screen()).isInstanceOf(StartScreen.class);
    }

    @Test
    void aDragOverATileDoesNotOpenItButATapWithAShakyFingerDoes(FxRobot robot) {
        tap(robot, StartScreen.TAP_ID);
        Node tile = robot.lookup("#condition-back-pain").query();
        robot.drag(Finger.centre(tile)).moveBy(0, -300).moveBy(0, 300).drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(kiosk.screen())
                .as("a swipe that comes back to the tile is still not a tap")
                .isInstanceOf(HomeScreen.class);

        robot.drag(Finger.centre(tile)).moveBy(8, 6).drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(kiosk.screen()).isInstanceOf(ConditionScreen.class);
    }

    @Test
    void theComplaintTabSurvivesALanguageSwitch(FxRobot robot) {
        tap(robot, StartScreen.TAP_ID);
        tap(robot, "condition-back-pain");
        tap(robot, ConditionTab.ABOUT.buttonId());
        tap(robot, TopBar.LANGUAGE_ID_PREFIX + "en");
        assertThat(kiosk.screen()).isInstanceOf(ConditionScreen.class);
        assertThat(((ConditionScreen) kiosk.screen()).tab()).isEqualTo(ConditionTab.ABOUT);
        assertThat(showsText(robot, "Pain low in the back.")).isTrue();
    }
}
