package org.physiokiosk.ui.player;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.physiokiosk.content.Catalog;
import org.physiokiosk.content.ContentLoader;
import org.physiokiosk.content.Exercise;
import org.physiokiosk.content.Step;
import org.physiokiosk.player.PlannedExercise;
import org.physiokiosk.player.PlayerRun;
import org.physiokiosk.testing.LayoutChecks;
import org.physiokiosk.ui.common.PageScroller;
import org.physiokiosk.ui.i18n.Messages;
import org.physiokiosk.ui.theme.Theme;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Finding F8: at 1280x800 with the larger text, the exercise with the longest step text of the bundled content
 * (and the one with the most cautions, at its gate) keeps the title, the red "stop if the pain gets worse" and
 * every button whole inside the window in every phase; the long text pages instead of pushing them out.
 */
@ExtendWith(ApplicationExtension.class)
class PlayerLargeTextLayoutTest {

    private static final long S = 1_000_000_000L;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Theme.loadFonts();
    }

    @Test
    void theStopLineAndTheButtonsStayInTheWindowWithTheLongestTexts(FxRobot robot) {
        Catalog catalog = new ContentLoader().loadBundledAnd(Optional.empty()).catalog();
        List<String> problems = new ArrayList<>();
        for (String language : Messages.LANGUAGES) {
            Exercise longestStep = catalog.exercises().values().stream()
                    .max(Comparator.comparingInt(e -> e.steps().stream()
                            .mapToInt(step -> step.text().in(language).length())
                            .max()
                            .orElse(0)))
                    .orElseThrow();
            Exercise mostCautions = catalog.exercises().values().stream()
                    .max(Comparator.comparingInt(e -> e.cautions().stream()
                            .mapToInt(c -> c.in(language).length())
                            .sum()))
                    .orElseThrow();
            int longest = longestStep.steps().stream()
                    .map(Step::text)
                    .mapToInt(t -> t.in(language).length())
                    .max()
                    .orElseThrow();
            assertThat(longest).as("a step text of several lines").isGreaterThan(150);
            List<PlannedExercise> plan =
                    List.of(PlannedExercise.asWritten(mostCautions), PlannedExercise.asWritten(longestStep));
            robot.interact(() -> {
                long[] clock = {S};
                PlayerScreen screen = new PlayerScreen(
                                catalog.poses()::get,
                                PlayerRun.withCautions(plan, 0),
                                new Messages(language),
                                org.physiokiosk.figure.FigureStyle.standard(),
                                () -> {},
                                exercise -> {},
                                true,
                                () -> clock[0],
                                CueSound.silent())
                        .offerLargeText(new javafx.beans.property.SimpleBooleanProperty(true));
                Scene scene = new Scene(screen.view(), 1280, 800);
                Theme.apply(scene);
                scene.getRoot().getStyleClass().add(Theme.LARGE_TEXT);
                stage.setScene(scene);
                String shownStep = "";
                while (!screen.state().completed()) {
                    clock[0] += S / 4;
                    screen.frame();
                    if (screen.state().completed()) {
                        break;
                    }
                    String where = language + " " + screen.state().phase() + " "
                            + screen.state().exerciseIndex();
                    if (screen.state().waitingAtCautions()) {
                        problems.addAll(problems(scene, where + " cautions"));
                        ButtonBase begin = (ButtonBase) scene.lookup("#" + PlayerScreen.BEGIN_ID);
                        for (int page = 0; page < 10 && begin.isDisabled(); page++) {
                            layout(scene);
                            ((ButtonBase) scene.lookup(
                                            "#" + PlayerScreen.CAUTIONS_ID + "-scroll" + PageScroller.DOWN_ID_SUFFIX))
                                    .fire();
                        }
                        layout(scene);
                        assertThat(begin.isDisabled())
                                .as(where + ": Begin opens once the cautions were read")
                                .isFalse();
                        begin.fire();
                        continue;
                    }
                    String step = screen.state().phase() + " " + screen.state().exerciseIndex() + " "
                            + screen.state().stepIndex();
                    if (!step.equals(shownStep)) {
                        shownStep = step;
                        problems.addAll(problems(
                                scene, where + " step " + screen.state().stepIndex()));
                    }
                }
                screen.dispose();
            });
        }
        assertThat(problems).isEmpty();
    }

    private static void layout(Scene scene) {
        scene.getRoot().applyCss();
        scene.getRoot().layout();
    }

    /** The title, the stop line and every button of the row wholly inside the window; nothing cut or spilling. */
    private static List<String> problems(Scene scene, String where) {
        layout(scene);
        List<String> problems = new ArrayList<>();
        List<Node> musts = new ArrayList<>();
        for (String id : List.of(
                PlayerScreen.TITLE_ID,
                PlayerScreen.SAFETY_ID,
                PlayerScreen.STOP_ID,
                PlayerScreen.MUTE_ID,
                PlayerScreen.PREVIOUS_ID,
                PlayerScreen.PAUSE_ID,
                PlayerScreen.NEXT_ID,
                PlayerScreen.NEXT_EXERCISE_ID,
                PlayerScreen.SKIP_ID,
                PlayerScreen.BEGIN_ID,
                // the corner's switches (hostile walk F12)
                org.physiokiosk.ui.common.TopBar.LANGUAGE_ID_PREFIX + "nl",
                org.physiokiosk.ui.common.TopBar.LANGUAGE_ID_PREFIX + "en",
                org.physiokiosk.ui.common.LookToggles.LARGE_TEXT_ID)) {
            Node node = scene.lookup("#" + id);
            if (node != null) {
                musts.add(node);
            }
        }
        assertThat(musts).as(where + ": title, stop line, buttons").hasSizeGreaterThan(4);
        for (Node node : musts) {
            if (!node.isVisible() || node.getScene() == null) {
                continue;
            }
            Bounds b = node.localToScene(node.getLayoutBounds());
            if (b.getMinX() < -0.5
                    || b.getMinY() < -0.5
                    || b.getMaxX() > scene.getWidth() + 0.5
                    || b.getMaxY() > scene.getHeight() + 0.5) {
                problems.add(where + ": outside the window: " + node.getStyleClass() + " " + b);
            }
        }
        try {
            LayoutChecks.assertNothingCutOrSpilling(scene.getRoot(), scene.getWidth());
        } catch (AssertionError e) {
            problems.add(where + ": " + e.getMessage());
        }
        return problems;
    }
}
