package org.physiokiosk.ui.player;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.physiokiosk.content.Catalog;
import org.physiokiosk.content.ContentLoader;
import org.physiokiosk.content.Dose;
import org.physiokiosk.content.IntRange;
import org.physiokiosk.figure.FigureStyle;
import org.physiokiosk.player.PlannedExercise;
import org.physiokiosk.player.PlayerRun;
import org.physiokiosk.testing.LayoutChecks;
import org.physiokiosk.ui.i18n.Messages;
import org.physiokiosk.ui.theme.Theme;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * At the top of the end-of-countdown pulse the heading and the swollen ring reach over nothing: neither touches
 * the step text nor leaves the words' column, at every window size, in both languages, with and without the larger
 * text. (At 1280x800 with A+ the swollen ring lay 18 px over the step text, the swollen heading spilled out of its
 * column, and the step text's pager, squeezed below its arrows' height, stood out over the heading; the heading now
 * glows instead of swelling, and the ring's room gives way before the pager does.)
 */
@ExtendWith(ApplicationExtension.class)
class PlayerPulseRoomTest {

    private static final long S = 1_000_000_000L;
    /** The least room kept between the heading or the swollen ring and the step text: half the column's spacing. */
    private static final double CLEAR = 8;

    private static final int[][] SIZES = {{1280, 800}, {1920, 1080}, {1080, 1920}};

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Theme.loadFonts();
    }

    @Test
    void theSwellKeepsClearOfTheStepTextEverywhere(FxRobot robot) {
        Catalog catalog = new ContentLoader().loadBundledAnd(Optional.empty()).catalog();
        // Every kind of countdown ending: get ready, hold, rest between sets, switch side, next exercise.
        PlannedExercise eachSide = twoSets(catalog, "sciatica-figure-four");
        PlannedExercise holds = twoSets(catalog, "lowback-abdominals");
        List<PlannedExercise> plan = List.of(eachSide, holds);
        List<String> problems = new ArrayList<>();
        int[] swells = {0};
        for (int[] size : SIZES) {
            for (String language : Messages.LANGUAGES) {
                for (boolean large : new boolean[] {false, true}) {
                    String where = size[0] + "x" + size[1] + " " + language + (large ? " A+" : "");
                    robot.interact(() -> walk(catalog, plan, size, language, large, where, problems, swells));
                }
            }
        }
        assertThat(swells[0]).as("swells looked at").isGreaterThan(12 * 8);
        assertThat(problems).isEmpty();
    }

    private void walk(
            Catalog catalog,
            List<PlannedExercise> plan,
            int[] size,
            String language,
            boolean large,
            String where,
            List<String> problems,
            int[] swells) {
        long[] clock = {S};
        PlayerScreen screen = new PlayerScreen(
                catalog.poses()::get,
                PlayerRun.cautionsSeen(plan),
                new Messages(language),
                FigureStyle.standard(),
                () -> {},
                exercise -> {},
                false,
                () -> clock[0],
                CueSound.silent());
        screen.offerLargeText(new SimpleBooleanProperty(large));
        Scene scene = new Scene(screen.view(), size[0], size[1]);
        Theme.apply(scene);
        if (large) {
            scene.getRoot().getStyleClass().add(Theme.LARGE_TEXT);
        }
        stage.setScene(scene);
        long endings = 0;
        while (!screen.state().completed()) {
            clock[0] += S / 4;
            screen.frame();
            if (screen.state().countdownEndings() != endings && !screen.state().completed()) {
                endings = screen.state().countdownEndings();
                clock[0] += PlayerPicture.PULSE_NANOS / 2 - S / 8; // the top of the swell
                screen.frame();
                swells[0]++;
                problems.addAll(problems(scene, where + " " + screen.state().phase()));
                clock[0] += S / 8;
            }
        }
        screen.dispose();
    }

    private static PlannedExercise twoSets(Catalog catalog, String id) {
        PlannedExercise asWritten =
                PlannedExercise.asWritten(catalog.exercise(id).orElseThrow());
        Dose d = asWritten.dose();
        Dose twoSets = new Dose(IntRange.exactly(2), 2, d.holdSeconds(), 3, d.side(), d.timesPerDay(), Set.of());
        return new PlannedExercise(asWritten.exercise(), twoSets, Optional.empty());
    }

    private static List<String> problems(Scene scene, String where) {
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        List<String> problems = new ArrayList<>();
        Node heading = scene.lookup("#" + PlayerScreen.PHASE_ID);
        Node ring = scene.getRoot().lookup("." + HoldRing.STYLE);
        Node words = scene.lookup("#" + PlayerScreen.STEP_TEXT_ID).lookup(".text"); // the lines the patient reads
        Node column = heading.getParent().getParent(); // the words column: heading (on its glow), step text, ring
        Node glow = scene.getRoot().lookup("." + WordsColumn.HEADING_GLOW);
        assertThat(glow.getOpacity()).as(where + ": near the top of the pulse").isGreaterThan(0.4);
        assertThat(ring.getScaleX()).as(where + ": at the top of the swell").isGreaterThan(1.05);
        Bounds text = words.localToScene(words.getBoundsInLocal());
        Bounds room = column.localToScene(column.getLayoutBounds());
        for (Node swollen : List.of(heading, ring)) {
            if (!swollen.isVisible() || !swollen.getParent().isVisible()) {
                continue;
            }
            Bounds b = shownBounds(swollen);
            String name = swollen == heading ? "heading" : "ring";
            boolean above = b.getMaxY() <= text.getMinY() + text.getHeight() / 2;
            double gap = above ? text.getMinY() - b.getMaxY() : b.getMinY() - text.getMaxY();
            if (gap < CLEAR) {
                problems.add(String.format("%s: the swollen %s is %.1f px from the step text", where, name, gap));
            }
            if (b.getMinX() < room.getMinX() - 0.5 || b.getMaxX() > room.getMaxX() + 0.5) {
                problems.add(String.format("%s: the swollen %s leaves its column (%s, %s)", where, name, b, room));
            }
        }
        try {
            LayoutChecks.assertNothingCutOrSpilling(scene.getRoot(), scene.getWidth());
        } catch (AssertionError e) {
            problems.add(where + ": " + e.getMessage());
        }
        return problems;
    }

    /** What a node shows on the scene, its swell included: the ring, a heading's lines of text. */
    private static Bounds shownBounds(Node node) {
        Node shown = node instanceof HoldRing ? node : node.lookup(".text");
        return shown.localToScene(shown.getBoundsInLocal());
    }
}
