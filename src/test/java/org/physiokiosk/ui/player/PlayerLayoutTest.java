package org.physiokiosk.ui.player;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.physiokiosk.content.Catalog;
import org.physiokiosk.content.ContentLoader;
import org.physiokiosk.content.Dose;
import org.physiokiosk.content.Exercise;
import org.physiokiosk.content.IntRange;
import org.physiokiosk.player.Phase;
import org.physiokiosk.player.PlannedExercise;
import org.physiokiosk.ui.i18n.Messages;
import org.physiokiosk.ui.theme.Theme;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * At the kiosk sizes, in both languages, in every phase: nothing outside the window, no text cut short
 * with an ellipsis, and buttons a finger can hit.
 */
@ExtendWith(ApplicationExtension.class)
class PlayerLayoutTest {

    private static final long S = 1_000_000_000L;
    private static final double TOUCH = 64;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Theme.loadFonts();
    }

    private static void collect(Node node, List<Node> into) {
        if (!node.isVisible()) {
            return;
        }
        into.add(node);
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, into);
            }
        }
    }

    private static List<String> problems(Scene scene, String where) {
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        List<Node> nodes = new ArrayList<>();
        collect(scene.getRoot(), nodes);
        List<String> problems = new ArrayList<>();
        for (Node node : nodes) {
            Bounds b = node.localToScene(node.getLayoutBounds());
            if (node instanceof Labeled || node instanceof Text) {
                if (b.getMinX() < -1
                        || b.getMinY() < -1
                        || b.getMaxX() > scene.getWidth() + 1
                        || b.getMaxY() > scene.getHeight() + 1) {
                    problems.add(where + ": outside the window: " + node + " " + b);
                }
            }
            if (node instanceof Text text
                    && node.getParent() instanceof Labeled labeled
                    && !labeled.getText().contains("…")
                    && text.getText() != null
                    && text.getText().contains("…")) {
                problems.add(where + ": cut short: " + labeled.getText());
            }
            if (node instanceof ButtonBase button && (b.getHeight() < TOUCH || b.getWidth() < TOUCH)) {
                problems.add(where + ": too small to touch: " + button.getText() + " " + b);
            }
        }
        return problems;
    }

    @Test
    void everyPhaseFitsAtEveryKioskSizeInBothLanguages(FxRobot robot) {
        Catalog catalog = new ContentLoader().loadBundledAnd(Optional.empty()).catalog();
        Exercise knee = catalog.exercise("lowback-knee-to-chest").orElseThrow();
        Dose twoSets = new Dose(
                IntRange.exactly(1),
                2,
                IntRange.exactly(5),
                10,
                knee.dose().side(),
                IntRange.exactly(1),
                knee.dose().defaults());
        List<PlannedExercise> plan = List.of(
                new PlannedExercise(knee, twoSets, Optional.empty()),
                PlannedExercise.asWritten(
                        catalog.exercise("upper-back-seated-rotation").orElseThrow()));
        List<String> problems = new ArrayList<>();
        for (String language : Messages.LANGUAGES) {
            for (int[] size : new int[][] {{1920, 1080}, {1280, 800}, {1080, 1920}}) {
                robot.interact(() -> {
                    long[] clock = {S};
                    PlayerScreen screen = new PlayerScreen(
                            catalog.poses()::get,
                            plan,
                            new Messages(language),
                            () -> {},
                            () -> {},
                            () -> clock[0],
                            CueSound.silent());
                    Scene scene = new Scene(screen.view(), size[0], size[1]);
                    Theme.apply(scene);
                    stage.setScene(scene);
                    java.util.Set<Phase> seen = java.util.EnumSet.noneOf(Phase.class);
                    while (!screen.state().completed()) {
                        clock[0] += S / 4;
                        screen.frame();
                        Phase phase = screen.state().phase();
                        if (seen.add(phase) || screen.state().phaseElapsedNanos() < S / 4 && phase != Phase.MOVE) {
                            problems.addAll(problems(scene, language + " " + size[0] + "x" + size[1] + " " + phase));
                        }
                    }
                    problems.addAll(problems(scene, language + " " + size[0] + "x" + size[1] + " well done"));
                    screen.dispose();
                });
            }
        }
        assertThat(problems).isEmpty();
    }
}
