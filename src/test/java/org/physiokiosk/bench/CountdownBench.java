package org.physiokiosk.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import org.physiokiosk.content.Catalog;
import org.physiokiosk.content.ContentLoader;
import org.physiokiosk.player.PlannedExercise;
import org.physiokiosk.player.PlayerSession;
import org.physiokiosk.player.PlayerState;

/**
 * The countdown's error over a ten-minute session: the player model ticked at 60 Hz with jittered and now and
 * then dropped frames, its position in the program (phases ended + time in the current one) against the true
 * elapsed monotonic time. The figure per round (one seed) is the largest error, in 60 Hz frames.
 */
final class CountdownBench {

    private static final long FRAME = 1_000_000_000L / 60;
    private static final long TEN_MINUTES = 600_000_000_000L;

    private CountdownBench() {}

    static Row run(int rounds) {
        Catalog catalog = new ContentLoader().loadBundledAnd(Optional.empty()).catalog();
        List<PlannedExercise> plan = new ArrayList<>();
        while (plan.isEmpty() || new PlayerSession(plan).totalNanos() < TEN_MINUTES) {
            catalog.exercises().values().stream()
                    .limit(3)
                    .map(PlannedExercise::asWritten)
                    .forEach(plan::add);
        }
        double[] worst = new double[rounds];
        for (int seed = 0; seed < rounds; seed++) {
            worst[seed] = worstError(plan, new SplittableRandom(seed)) / (double) FRAME;
        }
        long total = new PlayerSession(plan).totalNanos();
        return new Row(
                        "countdown error over a ten-minute session (60 Hz, jitter, dropped frames)",
                        "true elapsed monotonic time",
                        worst,
                        "frames",
                        "never more than one frame",
                        1.0,
                        "")
                .withNote(String.format(
                        Locale.ROOT, "%d exercises, %.1f min, worst error per seed", plan.size(), total / 60e9));
    }

    private static long worstError(List<PlannedExercise> plan, SplittableRandom random) {
        PlayerSession session = new PlayerSession(plan);
        long start = 1_000_000_000_000L + random.nextLong(1_000_000_000L);
        session.start(start);
        long now = start, ended = 0, endedNanos = 0, worst = 0;
        PlayerState previous = session.state();
        while (!session.state().completed()) {
            // A frame is 16.7 ms give or take 4 ms; one in fifty is late by up to three frames (a GC, a busy core).
            now += FRAME
                    + random.nextLong(-4_000_000L, 4_000_000L)
                    + (random.nextInt(50) == 0 ? random.nextLong(3 * FRAME) : 0);
            session.tick(now);
            PlayerState state = session.state();
            if (state.phaseEndings() != ended) {
                if (state.phaseEndings() - ended > 1) {
                    throw new IllegalStateException("a frame skipped a whole phase; the check needs shorter frames");
                }
                endedNanos += previous.phaseNanos();
                ended = state.phaseEndings();
            }
            long shown = state.completed() ? endedNanos : endedNanos + state.phaseElapsedNanos();
            long truth = Math.min(now - start, session.totalNanos());
            worst = Math.max(worst, Math.abs(truth - shown));
            previous = state;
        }
        return worst;
    }
}
