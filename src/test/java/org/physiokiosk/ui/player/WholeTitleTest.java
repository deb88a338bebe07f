package org.physiokiosk.ui.player;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.physiokiosk.content.Catalog;
import org.physiokiosk.content.ContentLoader;
import org.physiokiosk.content.Exercise;
import org.physiokiosk.player.PlannedExercise;
import org.physiokiosk.testing.LayoutChecks;
import org.physiokiosk.ui.i18n.Messages;
import org.physiokiosk.ui.theme.Theme;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The player's title may end in "…" for a clinic's paragraph-long name (it keeps Stop on the screen), never for a
 * name we ship: every bundled exercise's name is whole in both languages, at every window size, with and without
 * the larger text, and with "Next exercise" in the header (where it stood beside the name, the name had the least
 * room: at 1080x1920 most Dutch names ended in "…"). Stop, Pause and Next exercise stay whole in view.
 */
@ExtendWith(ApplicationExtension.class)
class WholeTitleTest {

    private static final int[][] SIZES = {{1280, 800}, {1366, 768}, {1920, 1080}, {1080, 1920}};

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Theme.loadFonts();
    }

    @Test
    void everyBundledNameIsWholeInThePlayersTitle(FxRobot robot) {
        Catalog catalog = new ContentLoader().loadBundledAnd(Optional.empty()).catalog();
        List<String> cut = new ArrayList<>();
        int[] looked = {0};
        for (int[] size : SIZES) {
            for (String language : Messages.LANGUAGES) {
                for (boolean large : new boolean[] {false, true}) {
                    robot.interact(() -> {
                        for (Exercise exercise : catalog.exercises().values()) {
                            String where = exercise.id() + " " + language + " " + size[0] + "x" + size[1]
                                    + (large ? " A+" : "");
                            if (!titleWhole(catalog, exercise, size, language, large, where)) {
                                cut.add(where);
                            }
                            looked[0]++;
                        }
                    });
                }
            }
        }
        assertThat(looked[0]).as("titles looked at").isGreaterThan(0);
        assertThat(cut).as("names cut short with …").isEmpty();
    }

    /** Whether the title shows the whole name (it does not end in "…"), with the buttons around it in view. */
    private boolean titleWhole(
            Catalog catalog, Exercise exercise, int[] size, String language, boolean large, String where) {
        Exercise other = catalog.exercises().values().stream()
                .filter(e -> !e.equals(exercise))
                .findFirst()
                .orElseThrow();
        List<PlannedExercise> plan = List.of(PlannedExercise.asWritten(exercise), PlannedExercise.asWritten(other));
        PlayerOnStage player = new PlayerOnStage(stage, catalog, plan, language, size[0], size[1], large);
        Scene scene = player.scene;
        try {
            player.jump(PlayerOnStage.S / 4);
            // Twice: the player's columns settle their widths in a second pass (see ReadAllNoticeInViewTest).
            for (int pass = 0; pass < 2; pass++) {
                scene.getRoot().applyCss();
                scene.getRoot().layout();
            }
            Label title = (Label) scene.lookup("#" + PlayerScreen.TITLE_ID);
            assertThat(title.getText()).isEqualTo(exercise.title().in(language));
            assertThat(scene.lookup("#" + PlayerScreen.NEXT_EXERCISE_ID).isVisible())
                    .as("Next exercise in the header")
                    .isTrue();
            // The name's room is not taken from what a patient needs: Stop and Next exercise stay whole in view.
            for (String id : List.of(PlayerScreen.STOP_ID, PlayerScreen.NEXT_EXERCISE_ID, PlayerScreen.PAUSE_ID)) {
                LayoutChecks.assertWholeInView(scene.lookup("#" + id), where + ": " + id);
            }
            LayoutChecks.assertNoButtonOverAnother(scene.getRoot());
            LayoutChecks.assertWithinTheWindowHeight(scene.getRoot(), size[1]);
            return !((Text) title.lookup(".text")).getText().endsWith("…");
        } finally {
            player.screen.dispose();
        }
    }
}
