package org.physiokiosk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.physiokiosk.content.Catalog;
import org.physiokiosk.content.ContentLoader;
import org.physiokiosk.content.Exercise;
import org.physiokiosk.player.PlannedExercise;
import org.physiokiosk.testing.LayoutChecks;
import org.physiokiosk.ui.common.PageScroller;
import org.physiokiosk.ui.exercise.ExerciseScreen;
import org.physiokiosk.ui.player.PlayerScreen;
import org.physiokiosk.ui.safety.SafetyScreen;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A clinic exercise with a ~240-character name and twelve cautions (hostile walk F22): its title keeps to three
 * lines, the cautions keep a box several lines tall, and no page arrow lies over Start or any other button, at
 * the clinic's 1280x800 and at 1920x1080, in both languages, with and without larger text.
 */
class LongExerciseLayoutTest {

    /** Several lines of cautions: four body lines of larger text (32 px) and more. */
    private static final double LEAST_CAUTIONS_VIEW = 150;

    private static Catalog catalog;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
        catalog = LongClinicContent.of(
                new ContentLoader().loadBundledAnd(Optional.empty()).catalog());
    }

    @ParameterizedTest
    @CsvSource({
        "1280, 800, nl, false",
        "1280, 800, en, false",
        "1280, 800, nl, true",
        "1280, 800, en, true",
        "1920, 1080, nl, false",
        "1920, 1080, en, true",
        "1080, 1920, nl, true"
    })
    void theTitleKeepsToThreeLinesAndNoArrowLiesOverStart(double width, double height, String language, boolean large)
            throws Exception {
        String what = "%.0fx%.0f %s%s".formatted(width, height, language, large ? " A+" : "");
        onFx(() -> {
            Stage stage = new Stage();
            KioskHarness kiosk = new KioskHarness(catalog, language);
            kiosk.start(stage, width, height);
            kiosk.flow().look().largeTextProperty().set(large);
            kiosk.flow().showExercise(LongClinicContent.condition(catalog), LongClinicContent.exercise(catalog));
            Scene scene = stage.getScene();
            if (kiosk.screen() instanceof SafetyScreen) {
                KioskHarness.readToTheEnd(scene);
                ((javafx.scene.control.ButtonBase) scene.lookup("#" + SafetyScreen.CONFIRM_ID)).fire();
            }
            assertThat(kiosk.screen()).isInstanceOf(ExerciseScreen.class);
            settle(scene);

            Labeled title = (Labeled) scene.lookup("#" + ExerciseScreen.TITLE_ID);
            assertAtMostLines(title, 3, what);
            String shown = ((Text) title.lookup(".text")).getText();
            assertThat(shown.equals(title.getText()) || shown.endsWith("…"))
                    .as("%s: the long name is whole, or ends in '…' (%s)", what, shown)
                    .isTrue();

            ScrollPane cautions = (ScrollPane) scene.lookup("#" + ExerciseScreen.CAUTIONS_ID + "-scroll");
            assertThat(cautions.getViewportBounds().getHeight())
                    .as("%s: the cautions keep a box several lines tall", what)
                    .isGreaterThanOrEqualTo(LEAST_CAUTIONS_VIEW);

            LayoutChecks.assertNothingCutOrSpilling(scene.getRoot(), width);
            LayoutChecks.assertWithinTheWindowHeight(scene.getRoot(), height);
            LayoutChecks.assertNoButtonOverAnother(scene.getRoot());
            assertArrowsInsideTheirPart(scene, what);

            // Paged to the end (▼ then disabled, where it was), nothing lies over Start either.
            new ExercisePageCheck(scene, what).assertCautionsReadBeforeStart();
            settle(scene);
            LayoutChecks.assertNoButtonOverAnother(scene.getRoot());
            assertArrowsInsideTheirPart(scene, what);
            kiosk.app.stop();
            stage.close();
        });
    }

    /**
     * An exercise played first of two (so "Exercise 1 of 2" and "Next exercise" stand beside its name): the clinic's
     * long one, and the bundled one with the longest name. The name keeps to two lines in the player's header, and
     * while it plays the hold ring stays above the button row and Pause and Stop in the window, with larger text
     * too. Before, the clinic's name took five lines at A+ and 1280x800 and pushed the button row to the window's
     * edge, and with the bundled name the "get ready" ring lay over "Sound on" and Stop at 1280x800.
     */
    @ParameterizedTest
    @CsvSource({
        "clinic-long, 1280, 800, nl, true",
        "clinic-long, 1280, 800, en, true",
        "clinic-long, 1280, 800, nl, false",
        "clinic-long, 1920, 1080, en, true",
        "clinic-long, 1080, 1920, nl, true",
        "sciatica-oblique, 1280, 800, nl, false",
        "sciatica-oblique, 1280, 800, nl, true",
        "sciatica-oblique, 1280, 800, en, true",
        "sciatica-oblique, 1366, 768, en, false"
    })
    void inThePlayerTheNameKeepsToTwoLinesAndTheRingStaysAboveTheButtons(
            String exercise, double width, double height, String language, boolean large) throws Exception {
        String what = "%s %.0fx%.0f %s%s".formatted(exercise, width, height, language, large ? " A+" : "");
        onFx(() -> {
            Stage stage = new Stage();
            KioskHarness kiosk = new KioskHarness(catalog, language);
            kiosk.start(stage, width, height);
            kiosk.flow().look().largeTextProperty().set(large);
            Exercise other = catalog.exercises().get("lowback-abdominals");
            kiosk.flow()
                    .play(List.of(
                            PlannedExercise.asWritten(catalog.exercises().get(exercise)),
                            PlannedExercise.asWritten(other)));
            Scene scene = stage.getScene();
            settle(scene);
            if (scene.lookup("#" + PlayerScreen.BEGIN_ID) != null) { // its cautions first
                assertTwoLinesAndButtonsInTheWindow(scene, what + ", cautions first", height);
                readTheCautions(scene); // Begin counts once every caution has been on screen
                ((ButtonBase) scene.lookup("#" + PlayerScreen.BEGIN_ID)).fire();
                settle(scene);
            }
            assertThat(scene.lookup("#" + PlayerScreen.PAUSE_ID)).as(what).isNotNull();
            assertTwoLinesAndButtonsInTheWindow(scene, what + ", playing", height);
            Node controls = scene.getRoot().lookup(".pk-player-controls");
            double controlsTop =
                    controls.localToScene(controls.getLayoutBounds()).getMinY();
            assertAboveControls(scene.getRoot().lookup(".pk-player-body"), controlsTop, what);
            LayoutChecks.assertWithinTheWindowHeight(scene.getRoot(), height);
            LayoutChecks.assertNoButtonOverAnother(scene.getRoot());
            kiosk.app.stop();
            stage.close();
        });
    }

    /** At most {@code lines} lines, with the half line of slack a FewLinesLabel keeps: never room for one more. */
    private static void assertAtMostLines(Labeled title, int lines, String what) {
        Text oneLine = new Text("Ág");
        oneLine.setFont(title.getFont());
        double line = oneLine.getLayoutBounds().getHeight();
        assertThat(title.getHeight())
                .as("%s: the name (%s) takes at most %d lines of %.0f px", what, title.getText(), lines, line)
                .isLessThan((lines + 1) * line + title.snappedTopInset() + title.snappedBottomInset());
    }

    private static void assertTwoLinesAndButtonsInTheWindow(Scene scene, String what, double height) {
        Labeled title = (Labeled) scene.lookup("#" + PlayerScreen.TITLE_ID);
        assertAtMostLines(title, 2, what);
        assertThat(title.getAccessibleText()).as(what).isEqualTo(title.getText());
        for (String id : List.of(PlayerScreen.STOP_ID, PlayerScreen.PAUSE_ID, PlayerScreen.BEGIN_ID)) {
            Node button = scene.lookup("#" + id);
            if (button != null && button.isVisible()) {
                Bounds at = button.localToScene(button.getLayoutBounds());
                assertThat(at.getMinY())
                        .as("%s: %s (%s) is in the window", what, id, at)
                        .isGreaterThanOrEqualTo(0);
                assertThat(at.getMaxY())
                        .as("%s: %s (%s) is in the window", what, id, at)
                        .isLessThanOrEqualTo(height);
            }
        }
    }

    /** Pages down the cautions before the exercise until ▼ stands still, as a patient does. */
    private static void readTheCautions(Scene scene) {
        String down = "#" + PlayerScreen.CAUTIONS_ID + "-scroll" + PageScroller.DOWN_ID_SUFFIX;
        for (int page = 0; page < 20; page++) {
            settle(scene);
            Node arrow = scene.lookup(down);
            if (arrow == null || !arrow.isVisible() || arrow.isDisabled()) {
                return;
            }
            ((ButtonBase) arrow).fire();
        }
    }

    /** Nothing of the body (figure, words, ring) reaches into the button row below it. */
    private static void assertAboveControls(Node node, double controlsTop, String what) {
        if (!node.isVisible()) {
            return;
        }
        Bounds at = node.localToScene(node.getLayoutBounds());
        assertThat(at.getMaxY())
                .as("%s: %s (%s) ends above the button row", what, node, at)
                .isLessThanOrEqualTo(controlsTop + 0.5);
        if (node instanceof javafx.scene.Parent parent && !(node instanceof ScrollPane)) {
            parent.getChildrenUnmodifiable().forEach(child -> assertAboveControls(child, controlsTop, what));
        }
    }

    /** Every shown page arrow lies inside its PageScroller, so it cannot reach over the button below. */
    static void assertArrowsInsideTheirPart(Scene scene, String what) {
        for (Node arrow : scene.getRoot().lookupAll("." + org.physiokiosk.ui.theme.Theme.PAGE_ARROW)) {
            if (!arrow.isVisible() || !arrow.getParent().isVisible()) {
                continue;
            }
            Node part = arrow;
            while (!(part instanceof PageScroller)) {
                part = part.getParent();
            }
            Bounds inPart = part.localToScene(part.getLayoutBounds());
            Node column = arrow.getParent();
            Bounds at = arrow.localToScene(arrow.getLayoutBounds());
            if (column.getClip() != null) {
                Bounds clip = column.localToScene(column.getClip().getBoundsInParent());
                at = new javafx.geometry.BoundingBox(
                        at.getMinX(),
                        at.getMinY(),
                        at.getWidth(),
                        Math.max(0, Math.min(at.getMaxY(), clip.getMaxY()) - at.getMinY()));
            }
            assertThat(at.getMaxY())
                    .as("%s: %s (%s) ends inside its part (%s)", what, arrow.getId(), at, inPart)
                    .isLessThanOrEqualTo(inPart.getMaxY() + 1);
            assertThat(at.getMinY())
                    .as("%s: %s (%s) begins inside its part (%s)", what, arrow.getId(), at, inPart)
                    .isGreaterThanOrEqualTo(inPart.getMinY() - 1);
        }
    }

    private static void settle(Scene scene) {
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        scene.getRoot().layout();
    }

    private static void onFx(Runnable walk) throws InterruptedException, ExecutionException {
        WaitForAsyncUtils.asyncFx(walk).get();
    }
}
