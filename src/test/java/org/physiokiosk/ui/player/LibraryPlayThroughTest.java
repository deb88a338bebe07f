package org.physiokiosk.ui.player;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.physiokiosk.content.Catalog;
import org.physiokiosk.content.ContentLoader;
import org.physiokiosk.content.Dose;
import org.physiokiosk.content.Exercise;
import org.physiokiosk.content.Side;
import org.physiokiosk.content.Step;
import org.physiokiosk.player.Phase;
import org.physiokiosk.player.PlannedExercise;
import org.physiokiosk.player.PlayedSide;
import org.physiokiosk.player.PlayerSession;
import org.physiokiosk.player.PlayerState;
import org.physiokiosk.ui.i18n.Messages;

/**
 * The sweep over the whole bundled library: every exercise, at its own dose, played from start to the well-done
 * end in Dutch and English, with time pushed in (no toolkit). What the patient sees is checked against what the
 * dose line promises; the order the player walks is written out here from the dose alone (decision 0010), so a
 * script that drifts from it fails. The single rules (ranges, holds, sides) have their own small tests in the
 * player package; this one catches the exercise whose content and player disagree.
 */
class LibraryPlayThroughTest {

    private static final long S = 1_000_000_000L;
    private static Catalog catalog;

    @BeforeAll
    static void load() {
        catalog = new ContentLoader().loadBundledAnd(Optional.empty()).catalog();
    }

    static Stream<Arguments> everyExerciseInEveryLanguage() {
        load();
        assertThat(catalog.exercises()).as("the bundled library").hasSizeGreaterThan(15);
        return catalog.exercises().keySet().stream()
                .sorted()
                .flatMap(id -> Messages.LANGUAGES.stream().map(language -> Arguments.of(id, language)));
    }

    /** One thing the patient sees change: a phase of one step, repetition, set and side. */
    private record Seen(Phase phase, int stepIndex, int rep, int set, int sideNumber, long nanos) {

        @Override
        public String toString() {
            return phase + (stepIndex >= 0 ? " step" + stepIndex : "") + (rep > 0 ? " rep" + rep : "") + " set" + set
                    + (sideNumber > 0 ? " side" + sideNumber : "") + " " + nanos / 1e9 + "s";
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everyExerciseInEveryLanguage")
    void playsTheDoseTheDoseLineSaysWithWordsInEveryPhase(String id, String language) {
        Exercise exercise = catalog.exercise(id).orElseThrow();
        Dose dose = exercise.dose();
        Messages messages = new Messages(language);
        PhaseWords words = new PhaseWords(messages);
        PlayerSession session = new PlayerSession(List.of(PlannedExercise.asWritten(exercise)));
        session.start(0);
        List<Seen> seen = new ArrayList<>();
        PlayedSide firstSide = null;
        long now = 0;
        while (!session.state().completed()) {
            PlayerState state = session.state();
            String where =
                    id + " " + language + " at " + seen.size() + " " + state.phase() + " step " + state.stepIndex();
            if (firstSide == null && state.side() != PlayedSide.NONE) {
                firstSide = state.side();
            }
            int sideNumber = state.side() == PlayedSide.NONE ? 0 : state.side() == firstSide ? 1 : 2;
            seen.add(new Seen(
                    state.phase(), state.stepIndex(), state.rep(), state.set(), sideNumber, state.phaseNanos()));
            assertThat(state.reps())
                    .as(where + ": the repetitions shown")
                    .isEqualTo(dose.reps().min());
            assertThat(state.sets()).as(where + ": the sets shown").isEqualTo(dose.sets());
            assertThat(state.side() == PlayedSide.NONE)
                    .as(where + ": a side shown")
                    .isEqualTo(dose.side() == Side.NONE);
            assertWords(words, messages, state, where);
            if (state.phase() == Phase.HOLD) {
                assertHold(words, messages, state, dose, where);
            }
            now += state.remainingNanos();
            session.tick(now);
        }
        assertThat(seen).as(id + ": the order the player walks").containsExactlyElementsOf(expected(exercise));
        assertThat(words.heading(session.state()))
                .as("the well-done card's title")
                .isNotBlank();
    }

    private static void assertWords(PhaseWords words, Messages messages, PlayerState state, String where) {
        assertThat(words.heading(state)).as(where + ": heading").isNotBlank().doesNotStartWith("[");
        assertThat(words.instruction(state))
                .as(where + ": instruction")
                .isNotBlank()
                .doesNotContain("[player.");
        assertThat(words.breath(state)).as(where + ": breathing cue").doesNotStartWith("[");
        state.step()
                .ifPresent(step -> assertThat(step.text().has(messages.language()))
                        .as(where + ": the step is written in this language, not only in Dutch")
                        .isTrue());
    }

    /** A hold counts the dose's hold down, shows the held pose's own step, and says how to breathe meanwhile. */
    private static void assertHold(PhaseWords words, Messages messages, PlayerState state, Dose dose, String where) {
        Step step = state.step().orElseThrow();
        assertThat(step.holdSeconds()).as(where + ": the step shown holds").isPositive();
        assertThat(state.motion().toPose())
                .as(where + ": the held pose is the step's")
                .isEqualTo(step.pose());
        if (!step.setup()) {
            assertThat(state.phaseNanos())
                    .as(where + ": the dose's hold")
                    .isEqualTo(dose.holdSeconds().min() * S);
            assertThat(state.secondsLeft())
                    .as(where + ": the countdown starts at the hold")
                    .isEqualTo(dose.holdSeconds().min());
        }
        String cue = words.breath(state);
        String text = words.instruction(state).toLowerCase(Locale.ROOT);
        assertThat(step.breath()).as(where + ": a hold has a breathing cue").isPresent();
        assertThat(!cue.isBlank()
                        || text.startsWith(messages.get("player.breath."
                                        + step.breath().orElseThrow().name().toLowerCase(Locale.ROOT))
                                .toLowerCase(Locale.ROOT)))
                .as(where + ": the cue is shown, or the step's text begins with it")
                .isTrue();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everyExerciseInEveryLanguage")
    void pauseResumePreviousNextAndStopKeepTheirPromises(String id, String language) {
        Exercise exercise = catalog.exercise(id).orElseThrow();
        PhaseWords words = new PhaseWords(new Messages(language));
        // Paused for ten minutes 1.3 s into the first countdown the patient holds (or the first movement): the
        // countdown shows the same time on resume and ends exactly ten minutes late.
        PlayerSession session = started(exercise);
        long start = advanceTo(session, 0, exercise.dose().holdSeconds().min() > 0 ? Phase.HOLD : Phase.MOVE, 1);
        long pausedAt = start + 1_300_000_000L;
        session.pause(pausedAt);
        long left = session.state().remainingNanos();
        assertThat(words.heading(session.state())).as(id + ": paused is said").isNotBlank();
        assertThat(words.breath(session.state())).as(id + ": how to go on").isNotBlank();
        session.tick(pausedAt + 600 * S);
        assertThat(session.state().remainingNanos())
                .as(id + ": frozen while paused")
                .isEqualTo(left);
        session.resume(pausedAt + 600 * S);
        assertThat(session.state().remainingNanos())
                .as(id + ": the same time left")
                .isEqualTo(left);
        Phase phase = session.state().phase();
        int step = session.state().stepIndex();
        session.tick(pausedAt + 600 * S + left - 1);
        assertThat(session.state().phase()).as(id + ": not a nanosecond early").isEqualTo(phase);
        session.tick(pausedAt + 600 * S + left);
        assertThat(session.state().phase() != phase || session.state().stepIndex() != step)
                .as(id + ": ends exactly on time")
                .isTrue();

        // Previous at the first step restarts it: no way back into the get-ready countdown.
        session = started(exercise);
        long first = advanceTo(session, 0, Phase.MOVE, 1);
        session.previous(first + S / 2);
        assertThat(session.state().stepIndex())
                .as(id + ": previous at the first step")
                .isZero();
        assertThat(session.state().phase()).isEqualTo(Phase.MOVE);
        assertThat(session.state().phaseElapsedNanos()).isZero();

        // Next on the last step ends in the well-done card.
        int moves = (int) expected(exercise).stream()
                .filter(seen -> seen.phase() == Phase.MOVE)
                .count();
        session = started(exercise);
        long last = advanceTo(session, 0, Phase.MOVE, moves);
        assertThat(session.state().stepIndex())
                .as(id + ": the last step")
                .isEqualTo(exercise.steps().size() - 1);
        session.next(last + 1);
        assertThat(session.state().completed())
                .as(id + ": next on the last step completes")
                .isTrue();

        // Stop in the middle ends at once, not completed, and says where a later start goes on.
        session = started(exercise);
        session.tick(advanceTo(session, 0, Phase.MOVE, 2) + S);
        session.stop();
        assertThat(session.state().phase()).isEqualTo(Phase.DONE);
        assertThat(session.state().stopped()).isTrue();
        assertThat(session.state().completed()).isFalse();
        assertThat(session.stoppedAt()).isZero();
    }

    private static PlayerSession started(Exercise exercise) {
        PlayerSession session = new PlayerSession(List.of(PlannedExercise.asWritten(exercise)));
        session.start(0);
        return session;
    }

    /** Plays on to the start of the {@code nth} phase of {@code phase}; returns the time it starts. */
    private static long advanceTo(PlayerSession session, long now, Phase phase, int nth) {
        int found = session.state().phase() == phase ? 1 : 0;
        while (found < nth) {
            now += session.state().remainingNanos();
            session.tick(now);
            assertThat(session.state().completed())
                    .as("a " + phase + " to find")
                    .isFalse();
            if (session.state().phase() == phase) {
                found++;
            }
        }
        return now;
    }

    /** The walk decision 0010 promises for an exercise's own dose, from the dose alone. */
    static List<Seen> expected(Exercise exercise) {
        Dose dose = exercise.dose();
        int reps = dose.reps().min();
        List<Seen> walk = new ArrayList<>();
        int firstSide = dose.side() == Side.NONE ? 0 : 1;
        walk.add(new Seen(Phase.GET_READY, -1, 0, 1, firstSide, 3 * S));
        for (int set = 1; set <= dose.sets(); set++) {
            if (dose.side() == Side.EACH) {
                for (int side = 1; side <= 2; side++) {
                    if (side == 2 || set > 1) {
                        walk.add(new Seen(Phase.SWITCH_SIDE, -1, 0, set, side, 5 * S));
                    }
                    steps(walk, exercise, true, 0, set, side);
                    for (int rep = 1; rep <= reps; rep++) {
                        steps(walk, exercise, false, rep, set, side);
                    }
                }
            } else {
                if (set == 1) {
                    steps(walk, exercise, true, 0, set, firstSide);
                }
                for (int rep = 1; rep <= reps; rep++) {
                    steps(walk, exercise, false, rep, set, firstSide);
                    if (dose.side() == Side.ALTERNATE) {
                        steps(walk, exercise, false, rep, set, 2);
                    }
                }
            }
            if (set < dose.sets() && dose.restSeconds() > 0) {
                walk.add(new Seen(Phase.REST, -1, 0, set, dose.side() == Side.NONE ? 0 : 2, dose.restSeconds() * S));
            }
        }
        return walk;
    }

    private static void steps(List<Seen> walk, Exercise exercise, boolean setup, int rep, int set, int side) {
        List<Step> steps = exercise.steps();
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            if (step.setup() != setup) {
                continue;
            }
            walk.add(new Seen(Phase.MOVE, i, rep, set, side, step.seconds() * S));
            int hold = setup
                    ? step.holdSeconds()
                    : step.holdSeconds() > 0 ? exercise.dose().holdSeconds().min() : 0;
            if (hold > 0) {
                walk.add(new Seen(Phase.HOLD, i, rep, set, side, hold * S));
            }
        }
    }
}
