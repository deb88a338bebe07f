package org.physiokiosk.ui.player;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.physiokiosk.content.Catalog;
import org.physiokiosk.content.ContentLoader;
import org.physiokiosk.content.Exercise;
import org.physiokiosk.player.Phase;
import org.physiokiosk.player.PlannedExercise;
import org.physiokiosk.testing.Finger;
import org.physiokiosk.testing.LayoutChecks;
import org.physiokiosk.ui.i18n.Messages;
import org.physiokiosk.ui.theme.Theme;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every bundled exercise opened in the player at the small kiosk windows (1280x800, 1366x768) and on an upright
 * screen (1080x1920) with the larger text, in Dutch and English: at its first step, its first hold (or first repetition when it holds nothing) and, after a
 * tap on "next step" at its last step, the well-done card, nothing is cut or spilling. Time is pushed in, so the
 * whole library takes seconds.
 */
@ExtendWith(ApplicationExtension.class)
class PlayerLibraryLayoutTest {

    private static final long S = 1_000_000_000L;
    /** The small landscape windows (1280x800 the narrowest, 1366x768 the least tall) and an upright screen. */
    private static final int[][] SIZES = {{1280, 800}, {1366, 768}, {1080, 1920}};
    /** The tests' headless screen is 1920x1080 (pom.xml, headless.geometry). */
    private static final int HEADLESS_SCREEN_HEIGHT = 1080;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Theme.loadFonts();
    }

    @Test
    void everyExerciseShowsWholeAtItsFirstStepAHoldAndTheWellDoneCard(FxRobot robot) {
        Catalog catalog = new ContentLoader().loadBundledAnd(Optional.empty()).catalog();
        List<String> problems = new ArrayList<>();
        int walked = 0;
        for (int[] size : SIZES) {
            for (String language : Messages.LANGUAGES) {
                for (Exercise exercise : catalog.exercises().values()) {
                    String where = exercise.id() + " " + language + " " + size[0] + "x" + size[1];
                    PlayerOnStage[] on = new PlayerOnStage[1];
                    robot.interact(() -> on[0] = new PlayerOnStage(
                            stage,
                            catalog,
                            List.of(PlannedExercise.asWritten(exercise)),
                            language,
                            size[0],
                            size[1],
                            true));
                    PlayerOnStage player = on[0];
                    Scene[] scene = {player.scene};
                    playTo(robot, player, Phase.MOVE);
                    problems.addAll(problems(robot, scene[0], where + " first step"));
                    playTo(robot, player, exercise.dose().holdSeconds().min() > 0 ? Phase.HOLD : Phase.MOVE);
                    robot.interact(() -> {
                        while (player.state().rep() == 0) {
                            player.toNextPhase();
                        }
                    });
                    problems.addAll(problems(
                            robot, scene[0], where + " " + player.state().phase()));
                    if (player.state().phase() == Phase.HOLD) {
                        problems.addAll(breathSeen(robot, scene[0], where));
                    }
                    int lastStep = exercise.steps().size() - 1;
                    robot.interact(() -> {
                        while (!(player.state().stepIndex() == lastStep
                                && player.state().rep() == player.state().reps()
                                && isLastSide(player.screen))) {
                            player.toNextPhase();
                        }
                    });
                    if (size[1] <= HEADLESS_SCREEN_HEIGHT) {
                        Finger.tap(robot, "#" + PlayerScreen.NEXT_ID);
                    } else { // the button row lies below the headless screen, where a tap cannot reach
                        robot.interact(() -> ((ButtonBase) scene[0].lookup("#" + PlayerScreen.NEXT_ID)).fire());
                    }
                    WaitForAsyncUtils.waitForFxEvents();
                    assertThat(player.state().completed())
                            .as(where + ": next at the last step")
                            .isTrue();
                    assertThat(robot.lookup("#" + PlayerScreen.WELL_DONE_ID).tryQuery())
                            .as(where + ": the well-done card")
                            .isPresent();
                    problems.addAll(problems(robot, scene[0], where + " well done"));
                    robot.interact(player.screen::dispose);
                    walked++;
                }
            }
        }
        assertThat(walked).isEqualTo(SIZES.length * catalog.exercises().size() * Messages.LANGUAGES.size());
        assertThat(problems).isEmpty();
    }

    /** The last repetition's side: the first side an exercise done with one side at a time plays comes first. */
    private static boolean isLastSide(PlayerScreen screen) {
        var state = screen.state();
        return switch (state.exercise().dose().side()) {
            case NONE -> true;
            default -> state.side() != firstSide(state.exercise().exercise());
        };
    }

    private static org.physiokiosk.player.PlayedSide firstSide(Exercise exercise) {
        var session = new org.physiokiosk.player.PlayerSession(List.of(PlannedExercise.asWritten(exercise)));
        session.start(0);
        return session.state().side();
    }

    /** Plays on to the next start of {@code phase} and half a second into it: the countdown and figure show it. */
    private static void playTo(FxRobot robot, PlayerOnStage player, Phase phase) {
        robot.interact(() -> {
            player.jump(0);
            while (player.state().phase() != phase) {
                assertThat(player.state().completed())
                        .as("a " + phase + " to reach")
                        .isFalse();
                player.toNextPhase();
            }
            player.jump(S / 2);
        });
    }

    /**
     * In a hold the breathing cue is on the screen, whole: not below a long step text in its pager, where a
     * patient holding a stretch on the floor cannot page to it (seen on the kiosk at 1280x800).
     */
    private static List<String> breathSeen(FxRobot robot, Scene scene, String where) {
        List<String> problems = new ArrayList<>();
        robot.interact(() -> {
            Node breath = scene.lookup("#" + PlayerScreen.BREATH_ID);
            String text = breath instanceof Labeled labeled ? labeled.getText() : "";
            if (breath == null || !breath.isVisible() || text == null || text.isBlank()) {
                problems.add(where + ": no breathing cue in the hold");
                return;
            }
            Bounds cue = breath.localToScene(breath.getLayoutBounds());
            for (Node at = breath.getParent(); at != null; at = at.getParent()) {
                if (at instanceof ScrollPane pane) {
                    Bounds room = pane.localToScene(pane.getLayoutBounds());
                    if (cue.getMinY() < room.getMinY() - 0.5 || cue.getMaxY() > room.getMaxY() + 0.5) {
                        problems.add(where + ": the breathing cue \"" + text + "\" is scrolled out of sight");
                    }
                }
            }
        });
        return problems;
    }

    private static List<String> problems(FxRobot robot, Scene scene, String where) {
        List<String> problems = new ArrayList<>();
        robot.interact(() -> {
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            try {
                LayoutChecks.assertNothingCutOrSpilling(scene.getRoot(), scene.getWidth());
                LayoutChecks.assertWithinTheWindowHeight(scene.getRoot(), scene.getHeight());
            } catch (AssertionError e) {
                problems.add(where + ": " + e.getMessage());
            }
        });
        return problems;
    }
}
