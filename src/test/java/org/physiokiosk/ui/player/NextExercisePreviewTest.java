package org.physiokiosk.ui.player;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.physiokiosk.content.Catalog;
import org.physiokiosk.content.ContentLoader;
import org.physiokiosk.content.DoseWords;
import org.physiokiosk.content.Exercise;
import org.physiokiosk.player.Phase;
import org.physiokiosk.player.PlannedExercise;
import org.physiokiosk.testing.LayoutChecks;
import org.physiokiosk.ui.i18n.Messages;
import org.physiokiosk.ui.theme.Theme;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Between two exercises of a run ("Alle oefeningen doen") the preview of the next one shows what it is and how much
 * of it: its name, its start picture and its dose line. No side, set or repetition yet: nothing has started (the
 * side chip said "Linkerkant" over a preview). The side comes with the get-ready countdown, where the patient takes
 * that side's start position.
 */
@ExtendWith(ApplicationExtension.class)
class NextExercisePreviewTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Theme.loadFonts();
    }

    @Test
    void thePreviewShowsNameAndDoseAndNoSideBeforeTheExerciseStarts(FxRobot robot) {
        Catalog catalog = new ContentLoader().loadBundledAnd(Optional.empty()).catalog();
        Exercise first = catalog.exercise("sciatica-child-pose").orElseThrow();
        Exercise next = catalog.exercise("lowback-knee-to-chest").orElseThrow();
        for (String language : Messages.LANGUAGES) {
            for (int[] size : new int[][] {{1280, 800, 1}, {1920, 1080, 0}}) {
                robot.interact(() -> {
                    PlayerOnStage player = new PlayerOnStage(
                            stage,
                            catalog,
                            List.of(PlannedExercise.asWritten(first), PlannedExercise.asWritten(next)),
                            language,
                            size[0],
                            size[1],
                            size[2] == 1);
                    player.jump(0);
                    while (player.state().phase() != Phase.NEXT_EXERCISE) {
                        player.toNextPhase();
                    }
                    player.jump(PlayerOnStage.S);
                    player.layout();
                    String where = language + " " + size[0] + "x" + size[1];
                    assertThat(shown(player, PlayerScreen.SIDE_ID))
                            .as(where + ": side")
                            .isFalse();
                    assertThat(shown(player, PlayerScreen.REP_ID))
                            .as(where + ": rep")
                            .isFalse();
                    assertThat(shown(player, PlayerScreen.SET_ID))
                            .as(where + ": set")
                            .isFalse();
                    assertThat(shown(player, PlayerScreen.DOSE_ID))
                            .as(where + ": dose")
                            .isTrue();
                    assertThat(text(player, PlayerScreen.DOSE_ID)).isEqualTo(new DoseWords(language).line(next.dose()));
                    assertThat(text(player, PlayerScreen.TITLE_ID))
                            .isEqualTo(next.title().in(language));
                    LayoutChecks.assertNothingCutOrSpilling(player.scene.getRoot(), player.scene.getWidth());
                    LayoutChecks.assertWithinTheWindowHeight(player.scene.getRoot(), player.scene.getHeight());

                    player.toNextPhase();
                    player.layout();
                    assertThat(player.state().phase()).isEqualTo(Phase.GET_READY);
                    assertThat(shown(player, PlayerScreen.SIDE_ID))
                            .as(where + ": the side to start on, at get ready")
                            .isTrue();
                    assertThat(shown(player, PlayerScreen.DOSE_ID))
                            .as(where + ": dose at get ready")
                            .isFalse();
                    player.screen.dispose();
                });
            }
        }
    }

    /** Visible with everything around it. */
    private static boolean shown(PlayerOnStage player, String id) {
        for (Node at = player.scene.lookup("#" + id); at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return player.scene.lookup("#" + id) != null;
    }

    private static String text(PlayerOnStage player, String id) {
        return ((Labeled) player.scene.lookup("#" + id)).getText();
    }
}
