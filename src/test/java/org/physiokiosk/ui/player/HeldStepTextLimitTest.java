package org.physiokiosk.ui.player;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.physiokiosk.content.Catalog;
import org.physiokiosk.content.ContentLoader;
import org.physiokiosk.content.Exercise;
import org.physiokiosk.content.HeldStepLength;
import org.physiokiosk.content.LocalizedText;
import org.physiokiosk.content.Step;
import org.physiokiosk.player.Phase;
import org.physiokiosk.player.PlannedExercise;
import org.physiokiosk.ui.i18n.Messages;
import org.physiokiosk.ui.theme.Theme;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Ties {@code validate}'s limit for a held step's text ({@link HeldStepLength#MOST_CHARACTERS}, kept in the content
 * layer, which knows no screen) to the player's real layout: in the place of every bundled held step, in a run
 * ("Next exercise" beside the title), at 1280x800 with the usual text size, in Dutch and English, a text of exactly
 * that many characters stands whole during the hold with no ▼, and a text twice as long pages; the same with the
 * larger text for {@link HeldStepLength#MOST_CHARACTERS_LARGER_TEXT} (decision 0053). The texts are the
 * bundled steps' own words run together, so their words are as long as real ones.
 */
@ExtendWith(ApplicationExtension.class)
class HeldStepTextLimitTest {

    private static final long S = PlayerOnStage.S;
    private static final int LIMIT = HeldStepLength.MOST_CHARACTERS;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Theme.loadFonts();
    }

    @Test
    void aHeldTextAtTheLimitStandsWholeAndOneTwiceAsLongPages(FxRobot robot) {
        Catalog catalog = new ContentLoader().loadBundledAnd(Optional.empty()).catalog();
        List<String> problems = new ArrayList<>();
        int places = 0;
        for (String language : Messages.LANGUAGES) {
            String words = catalog.exercises().values().stream()
                    .flatMap(exercise -> exercise.steps().stream())
                    .map(step -> step.text().in(language))
                    .collect(Collectors.joining(" "));
            for (Exercise exercise : catalog.exercises().values()) {
                Optional<Integer> held = firstHeld(exercise);
                if (held.isEmpty()) {
                    continue;
                }
                for (boolean large : new boolean[] {false, true}) {
                    int limit = large ? HeldStepLength.MOST_CHARACTERS_LARGER_TEXT : LIMIT;
                    String where = exercise.id() + " step " + (held.get() + 1) + " " + language + (large ? " A+" : "");
                    String atLimit = words.substring(0, limit);
                    String twice = words.substring(0, 2 * limit);
                    double[] below =
                            inHold(robot, catalog, withText(exercise, held.get(), atLimit), atLimit, language, large);
                    if (below[0] > 0.5 || below[1] > 0) {
                        problems.add(String.format(
                                "%s: %d characters page (%.0f px below the fold, ▼ %s)",
                                where, limit, below[0], below[1] > 0 ? "active" : "not active"));
                    }
                    below = inHold(robot, catalog, withText(exercise, held.get(), twice), twice, language, large);
                    if (below[1] == 0) {
                        problems.add(where + ": " + 2 * limit + " characters stand whole; the limit is far too low");
                    }
                }
                places++;
            }
        }
        assertThat(places).as("held steps looked at, in both languages").isGreaterThanOrEqualTo(16);
        assertThat(problems).isEmpty();
    }

    /** The index of the first step the player plays as a hold. */
    private static Optional<Integer> firstHeld(Exercise exercise) {
        for (int i = 0; i < exercise.steps().size(); i++) {
            Step step = exercise.steps().get(i);
            if (step.holdSeconds() > 0
                    && (step.setup() || exercise.dose().holdSeconds().min() > 0)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    private static Exercise withText(Exercise e, int index, String text) {
        List<Step> steps = new ArrayList<>(e.steps());
        Step s = steps.get(index);
        steps.set(
                index,
                new Step(
                        LocalizedText.of(text, text),
                        s.pose(),
                        s.seconds(),
                        s.holdSeconds(),
                        s.breath(),
                        s.setup(),
                        s.mirror()));
        return new Exercise(
                e.id(),
                e.title(),
                e.summary(),
                e.regions(),
                e.category(),
                e.startPosition(),
                e.equipment(),
                steps,
                e.dose(),
                e.cautions(),
                e.progression(),
                e.variants(),
                e.sources());
    }

    /**
     * Half a second into the hold of the step showing {@code text}, in a run at 1280x800 with the usual text size or
     * ({@code large}) the larger one:
     * how far its last line reaches below what its pager shows, and 1 when ▼ is offered (else 0).
     */
    private double[] inHold(
            FxRobot robot, Catalog catalog, Exercise exercise, String text, String language, boolean large) {
        double[] seen = {Double.NaN, 0};
        robot.interact(() -> {
            PlayerOnStage player = new PlayerOnStage(
                    stage,
                    catalog,
                    List.of(PlannedExercise.asWritten(exercise), PlannedExercise.asWritten(exercise)),
                    language,
                    1280,
                    800,
                    large);
            player.jump(0);
            while (player.state().exerciseIndex() == 0 && !player.state().completed()) {
                var state = player.state();
                if (state.phase() == Phase.HOLD
                        && state.step()
                                .map(step -> step.text().in(language).equals(text))
                                .orElse(false)) {
                    player.jump(S / 2);
                    player.layout();
                    seen[0] = player.textBelowView();
                    seen[1] = player.pageDownActive() ? 1 : 0;
                    break;
                }
                player.toNextPhase();
            }
            player.screen.dispose();
        });
        assertThat(seen[0]).as("a hold of " + exercise.id() + " was reached").isNotNaN();
        return seen;
    }
}
