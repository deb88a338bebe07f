package org.physiokiosk.ui.player;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.physiokiosk.content.Catalog;
import org.physiokiosk.content.ContentLoader;
import org.physiokiosk.content.Exercise;
import org.physiokiosk.player.PlannedExercise;
import org.physiokiosk.ui.i18n.Messages;
import org.physiokiosk.ui.theme.Theme;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The step text's ▼ is offered only when there is text below the fold to page to and no room to show it (seen on the
 * kiosk at 1920x1080: ▼ active under a step text whose glyphs stood whole in view; its pager was 2 px shorter than
 * its text, while the countdown below had room to give). Every phase of every bundled exercise, NL and EN, at
 * 1920x1080 and 1280x800, with and without the larger text, switched to the larger text (or from it) after the
 * first frame, and there and back again in the middle of a step.
 */
@ExtendWith(ApplicationExtension.class)
class StepPageArrowsTest {

    private static final long S = PlayerOnStage.S;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Theme.loadFonts();
    }

    @Test
    void downIsOfferedOnlyWithTextBelowTheFold(FxRobot robot) {
        Catalog catalog = new ContentLoader().loadBundledAnd(Optional.empty()).catalog();
        List<String> problems = new ArrayList<>();
        for (int[] size : new int[][] {{1920, 1080}, {1280, 800}}) {
            for (boolean large : new boolean[] {false, true}) {
                for (String language : Messages.LANGUAGES) {
                    for (Exercise exercise : catalog.exercises().values()) {
                        String where =
                                exercise.id() + " " + language + " " + size[0] + "x" + size[1] + (large ? " A+" : "");
                        robot.interact(() -> {
                            PlayerOnStage player = new PlayerOnStage(
                                    stage,
                                    catalog,
                                    List.of(PlannedExercise.asWritten(exercise)),
                                    language,
                                    size[0],
                                    size[1],
                                    !large);
                            player.jump(0);
                            player.layout();
                            player.largeText.set(large);
                            int phases = 0;
                            while (!player.state().completed() && phases < 40) {
                                player.jump(S / 2);
                                problems.addAll(truth(
                                        player,
                                        where + " " + player.state().phase() + " step "
                                                + player.state().stepIndex()));
                                if (phases == 3) {
                                    // The larger text switched there and back in the middle of a step.
                                    player.largeText.set(!large);
                                    player.layout();
                                    player.largeText.set(large);
                                    problems.addAll(truth(player, where + " after A+ back and forth"));
                                }
                                player.toNextPhase();
                                phases++;
                            }
                            player.screen.dispose();
                        });
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    /**
     * ▼ active means text below the fold that nothing else could make room for: the countdown beneath it is at its
     * least size and nothing of the column is left empty. Text below the fold means ▼ shows.
     */
    private static List<String> truth(PlayerOnStage player, String where) {
        player.layout();
        double below = player.textBelowView();
        boolean active = player.pageDownActive();
        List<String> problems = new ArrayList<>();
        if (active && below <= 1) {
            problems.add(String.format("%s: ▼ active, the text ends %.1f px above the fold", where, -below));
        }
        if (active && player.columnToSpare() > 1) {
            problems.add(String.format(
                    "%s: ▼ active for %.1f px of text while its column had %.1f px to spare",
                    where, below, player.columnToSpare()));
        }
        if (!active && below > 1 && player.stepScroll().getVvalue() < 0.001) {
            problems.add(String.format("%s: %.1f px of text below the fold and no ▼", where, below));
        }
        return problems;
    }
}
