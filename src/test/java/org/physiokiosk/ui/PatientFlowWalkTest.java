package org.physiokiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.physiokiosk.content.Catalog;
import org.physiokiosk.content.ContentFixtures;
import org.physiokiosk.content.ContentLoader;
import org.physiokiosk.ui.condition.ConditionScreen;
import org.physiokiosk.ui.condition.ExerciseCard;
import org.physiokiosk.ui.figure.FigureView;
import org.physiokiosk.ui.home.HomeScreen;
import org.physiokiosk.ui.i18n.Messages;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.physiokiosk.ui.shell.Navigator;
import org.physiokiosk.ui.shell.PatientFlow;
import org.physiokiosk.ui.common.TopBar;
import org.physiokiosk.ui.theme.Theme;

/** A patient's walk through the real screens, headless: home, a complaint, back, and the language switch. */
@ExtendWith(ApplicationExtension.class)
class PatientFlowWalkTest {

    private Navigator navigator;

    @Start
    void start(Stage stage) {
        Catalog catalog = new ContentLoader().load(List.of(ContentFixtures.base())).catalog();
        Scene scene = new Scene(new VBox(), 1920, 1080);
        Theme.apply(scene);
        navigator = new Navigator(scene);
        new PatientFlow(catalog, "Fysio Test", new Messages("nl"), navigator).showHome();
        stage.setScene(scene);
        stage.show();
    }

    private static boolean showsText(FxRobot robot, String text) {
        return robot.lookup((Node node) -> node instanceof Label label && label.getText().contains(text) && node.isVisible())
                .tryQuery().isPresent();
    }

    @Test
    void aComplaintShowsItsRedFlagsMostUrgentFirst(FxRobot robot) {
        assertThat(navigator.currentProperty().get()).isInstanceOf(HomeScreen.class);
        assertThat(showsText(robot, "Waar heb je last van?")).isTrue();

        robot.clickOn("#" + HomeScreen.TILE_ID_PREFIX + "back-pain");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(navigator.currentProperty().get()).isInstanceOf(ConditionScreen.class);
        VBox redFlags = robot.lookup("#" + ConditionScreen.RED_FLAGS_ID).queryAs(VBox.class);
        List<String> texts = robot.from(redFlags).lookup((Node n) -> n instanceof Label).queryAllAs(Label.class)
                .stream().map(Label::getText).toList();
        assertThat(String.join("\n", texts)).containsSubsequence("Zoek meteen hulp", "Koorts met rugpijn.",
                "Ga naar je huisarts als het aanhoudt", "Drie weken pijn.");
        assertThat(showsText(robot, "Brug")).as("the condition's exercise is listed").isTrue();
        ExerciseCard card = robot.lookup("#" + ExerciseCard.ID_PREFIX + "bridge").queryAs(ExerciseCard.class);
        assertThat(robot.from(card).lookup((Node n) -> n instanceof FigureView).queryAs(FigureView.class).getMotion())
                .as("the card shows the exercise's figure").isNotNull();
        assertThat(redFlags.localToScene(0, 0).getY()).as("red flags come before the exercises")
                .isLessThan(card.localToScene(0, 0).getY());

        robot.clickOn("#" + TopBar.BACK_ID);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(navigator.currentProperty().get()).isInstanceOf(HomeScreen.class);
    }

    @Test
    void theLanguageSwitchRedrawsTheScreenInEnglishAndBack(FxRobot robot) {
        robot.clickOn("#" + TopBar.LANGUAGE_ID_PREFIX + "en");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(showsText(robot, "Where does it hurt?")).isTrue();
        assertThat(showsText(robot, "Back pain")).as("content text follows the language too").isTrue();

        robot.clickOn("#" + HomeScreen.TILE_ID_PREFIX + "back-pain");
        robot.clickOn("#" + TopBar.LANGUAGE_ID_PREFIX + "nl");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(navigator.currentProperty().get()).as("stays on the same screen").isInstanceOf(ConditionScreen.class);
        assertThat(showsText(robot, "Koorts met rugpijn.")).isTrue();
    }
}
