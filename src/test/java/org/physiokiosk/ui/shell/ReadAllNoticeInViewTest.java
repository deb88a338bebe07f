package org.physiokiosk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.physiokiosk.content.Catalog;
import org.physiokiosk.content.ContentLoader;
import org.physiokiosk.player.PlannedExercise;
import org.physiokiosk.testing.LayoutChecks;
import org.physiokiosk.ui.common.PageScroller;
import org.physiokiosk.ui.condition.ConditionTab;
import org.physiokiosk.ui.condition.ExerciseCard;
import org.physiokiosk.ui.exercise.ExerciseScreen;
import org.physiokiosk.ui.player.PlayerScreen;
import org.physiokiosk.ui.safety.SafetyScreen;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Three screens tell a patient to read everything before a button unlocks: the warning signs ("none of these"),
 * the exercise page's cautions (Start) and a run's cautions before an exercise (Begin). While that line shows, it
 * stands whole in the window, and so do the button it unlocks and the ▼ that pages to the end: the paged part
 * gives way, never the line. Every kiosk size, both text sizes, both languages, on one stage resized.
 *
 * <p>Seen in a harness: the player's line at y 1,730 of a 1,080 window (1920x1080, en, A+, a clinic's twelve long
 * cautions). That is the layout after a single CSS-and-layout pass, before the one the cautions' pager asks for on
 * the next pulse once it learns it must page; the real kiosk, and this test, lay out as pulses do (see
 * {@link #settle}). Checked after one pass only, this test fails.
 */
class ReadAllNoticeInViewTest {

    private static final List<double[]> SIZES = List.of(
            new double[] {1280, 800}, new double[] {1366, 768}, new double[] {1920, 1080}, new double[] {1080, 1920});

    private static Catalog catalog;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
        catalog = LongClinicContent.of(
                new ContentLoader().loadBundledAnd(Optional.empty()).catalog());
    }

    @Test
    void everyReadAllLineAndWhatItUnlocksStayInView() throws Exception {
        Stage stage = WaitForAsyncUtils.asyncFx((java.util.concurrent.Callable<Stage>) Stage::new)
                .get();
        for (String language : List.of("nl", "en")) {
            KioskHarness kiosk = new KioskHarness(catalog, language);
            fx(() -> kiosk.start(stage, SIZES.get(0)[0], SIZES.get(0)[1]));
            for (double[] size : SIZES) {
                fx(() -> {
                    stage.setWidth(size[0]);
                    stage.setHeight(size[1]);
                });
                WaitForAsyncUtils.waitForFxEvents(); // the scene follows the window's new size on the FX thread
                assertThat(new double[] {
                            stage.getScene().getWidth(), stage.getScene().getHeight()
                        })
                        .as("the window is resized, so each case is checked at its own size")
                        .containsExactly(size);
                for (boolean large : List.of(false, true)) {
                    String what = "%.0fx%.0f %s%s".formatted(size[0], size[1], language, large ? " A+" : "");
                    walk(kiosk, stage.getScene(), large, what);
                }
            }
            fx(kiosk.app::stop);
        }
        fx(stage::close);
    }

    /** A new visit: the warning signs, the exercise page, then the clinic's exercise first in a run. */
    private static void walk(KioskHarness kiosk, Scene scene, boolean large, String what) {
        fx(() -> {
            kiosk.flow().resetVisit();
            kiosk.flow().look().largeTextProperty().set(large);
            kiosk.flow().showCondition(LongClinicContent.condition(catalog));
        });
        fire(scene, ConditionTab.EXERCISES.buttonId());
        fire(scene, ExerciseCard.ID_PREFIX + LongClinicContent.EXERCISE_ID);
        assertThat(kiosk.screen()).as(what).isInstanceOf(SafetyScreen.class);
        assertInView(
                scene,
                what + ", warning signs",
                SafetyScreen.READ_ALL_ID,
                SafetyScreen.CONFIRM_ID,
                SafetyScreen.SIGNS_ID + "-scroll");
        fire(scene, SafetyScreen.CONFIRM_ID);

        assertThat(kiosk.screen()).as(what).isInstanceOf(ExerciseScreen.class);
        assertInView(
                scene,
                what + ", exercise page",
                ExerciseScreen.READ_ALL_ID,
                ExerciseScreen.START_ID,
                ExerciseScreen.CAUTIONS_ID + "-scroll");

        fx(() -> kiosk.flow()
                .play(List.of(
                        PlannedExercise.asWritten(LongClinicContent.exercise(catalog)),
                        PlannedExercise.asWritten(catalog.exercises().get("lowback-abdominals")))));
        assertThat(kiosk.screen()).as(what).isInstanceOf(PlayerScreen.class);
        assertInView(
                scene,
                what + ", cautions before the exercise",
                PlayerScreen.READ_ALL_ID,
                PlayerScreen.BEGIN_ID,
                PlayerScreen.CAUTIONS_ID + "-scroll");
    }

    /**
     * Laid out as on a pulse: while the line {@code notice} shows, it, the locked {@code button} and the pager's ▼
     * stand whole in the window; paged to the end, the button is unlocked and in view. Where everything fits, the
     * line does not show and the button is ready at once.
     */
    private static void assertInView(Scene scene, String what, String notice, String button, String pager) {
        settle(scene);
        fx(() -> check(scene, what, notice, button, pager));
    }

    private static void check(Scene scene, String what, String notice, String button, String pager) {
        Node line = scene.lookup("#" + notice);
        ButtonBase unlocks = (ButtonBase) scene.lookup("#" + button);
        Node down = scene.lookup("#" + pager + PageScroller.DOWN_ID_SUFFIX);
        LayoutChecks.assertWholeInView(unlocks, what + ": " + button);
        if (line == null || !line.isVisible()) {
            assertThat(unlocks.isDisabled())
                    .as("%s: no read-all line, so %s is ready", what, button)
                    .isFalse();
            return;
        }
        assertThat(unlocks.isDisabled()).as("%s: %s waits", what, button).isTrue();
        LayoutChecks.assertWholeInView(line, what + ": the read-all line");
        LayoutChecks.assertWholeInView(down, what + ": ▼");
        double downAt = down.localToScene(down.getBoundsInLocal()).getMinY();
        for (int page = 0; page < 30 && unlocks.isDisabled(); page++) {
            ((ButtonBase) down).fire();
            layout(scene);
            if (line.isVisible()) {
                LayoutChecks.assertWholeInView(line, what + ": the read-all line, paging");
            }
        }
        assertThat(unlocks.isDisabled())
                .as("%s: paged to the end, %s unlocks", what, button)
                .isFalse();
        LayoutChecks.assertWholeInView(unlocks, what + ": " + button + ", read");
        // The line hides once all is read; a finger still tapping ▼ must not find it moved (F22)
        assertThat(down.localToScene(down.getBoundsInLocal()).getMinY())
                .as("%s: ▼ stays where it was when the read-all line hides", what)
                .isCloseTo(downAt, org.assertj.core.data.Offset.offset(1.0));
    }

    private static void fire(Scene scene, String id) {
        settle(scene);
        fx(() -> {
            Node node = scene.lookup("#" + id);
            assertThat(node).as(id).isNotNull();
            node.executeAccessibleAction(javafx.scene.AccessibleAction.FIRE); // a button or a tap card
        });
    }

    /**
     * As the next pulses would: a layout pass, then what it left for the next pulse (a pager that learnt it must
     * show its arrows asks for a layout on it), then another.
     */
    private static void settle(Scene scene) {
        fx(() -> layout(scene));
        WaitForAsyncUtils.waitForFxEvents();
        fx(() -> layout(scene));
    }

    private static void layout(Scene scene) {
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        scene.getRoot().layout();
    }

    private static void fx(Runnable step) {
        try {
            WaitForAsyncUtils.asyncFx(step).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
