package org.physiokiosk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.concurrent.ExecutionException;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.physiokiosk.content.Catalog;
import org.physiokiosk.content.ContentLoader;
import org.physiokiosk.testing.LayoutChecks;
import org.physiokiosk.ui.common.PageScroller;
import org.physiokiosk.ui.exercise.ExerciseScreen;
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
            Text oneLine = new Text("Ág");
            oneLine.setFont(title.getFont());
            double line = oneLine.getLayoutBounds().getHeight();
            // Three lines and the half line of slack ExerciseTitle keeps: never room for a fourth.
            assertThat(title.getHeight())
                    .as("%s: the title (%s) takes at most three lines of %.0f px", what, title.getText(), line)
                    .isLessThan(4 * line + title.snappedTopInset() + title.snappedBottomInset());
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
