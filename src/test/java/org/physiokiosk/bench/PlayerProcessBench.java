package org.physiokiosk.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Runs {@code ui.player.PlayerBench} in child JVMs with the software pipeline and turns its results into rows. */
final class PlayerProcessBench {

    private static final String MAIN = "org.physiokiosk.ui.player.PlayerBench";
    private static final List<String> SW = List.of("-Dprism.order=sw");

    private PlayerProcessBench() {}

    static List<Row> run(Bench bench, int rounds, int sessions, double bareRssKb) throws Exception {
        List<Row> rows = new ArrayList<>();
        ProcessRun frames = child(bench, List.of("-Dbench.rounds=" + rounds), "frames", Duration.ofMinutes(5));
        List<Double> figure = new ArrayList<>(),
                rect = new ArrayList<>(),
                figureFx = new ArrayList<>(),
                rectFx = new ArrayList<>();
        List<Double> paced = new ArrayList<>(), pacedFx = new ArrayList<>();
        for (int set = 1; set <= rounds; set++) {
            figure.add(result(frames, "figure-cpu-" + set));
            rect.add(result(frames, "rect-cpu-" + set));
            paced.add(result(frames, "paced-cpu-" + set));
            figureFx.add(result(frames, "figure-fx-" + set));
            rectFx.add(result(frames, "rect-fx-" + set));
            pacedFx.add(result(frames, "paced-fx-" + set));
        }
        rows.add(Row.of(
                        "the player, sw pipeline, 1920x1080, while the figure moves: process CPU per frame",
                        "same screen, figure canvas cleared + one rectangle",
                        Stats.ratios(figure, rect),
                        "≤1.2x",
                        1.2)
                .withNote(String.format(
                        Locale.ROOT,
                        "medians %.2f ms against %.2f ms of CPU per frame; FX thread alone %.2f against %.2f ms (ratio %.2f)",
                        Stats.median(figure) / 1e6,
                        Stats.median(rect) / 1e6,
                        Stats.median(figureFx) / 1e6,
                        Stats.median(rectFx) / 1e6,
                        Stats.median(Stats.ratios(figureFx, rectFx)))));
        // The same baseline (a rectangle at every frame); the figure as PlayerScreen shows it, 20 pictures a second.
        rows.add(Row.of(
                        "the same, the figure paced as the player paces it (20 pictures a second while it moves)",
                        "same screen, figure canvas cleared + one rectangle at every frame",
                        Stats.ratios(paced, rect),
                        "≤1.2x",
                        1.2)
                .withNote(String.format(
                        Locale.ROOT,
                        "medians %.2f ms against %.2f ms of CPU per 60 Hz frame; FX thread alone %.2f against %.2f ms",
                        Stats.median(paced) / 1e6,
                        Stats.median(rect) / 1e6,
                        Stats.median(pacedFx) / 1e6,
                        Stats.median(rectFx) / 1e6)));

        // The bridge (get ready, then movements only: the hardest case), then an exercise with holds and a rest.
        rows.add(sessionRow(
                child(bench, List.of(), "session", Duration.ofMinutes(5)),
                "the player over a whole exercise (moves, holds, rests), sw pipeline"));
        rows.add(sessionRow(
                child(bench, List.of("-Dbench.plan=holds"), "session", Duration.ofMinutes(5)),
                "the same, an exercise with 5-s holds and a 10-s rest (knee to chest, 2 sets)"));
        // A kiosk's JVM runs all day: the rows above are the first exercise after a start, when the JIT compilers
        // take a good share of a core; these are a later exercise (one played before in the same JVM), and the
        // first one as the installed app runs it (its launcher's options: C1 only).
        rows.add(sessionRow(
                child(bench, List.of("-Dbench.warmSessions=1"), "session", Duration.ofMinutes(5)),
                "the bridge again, a later exercise (one played before in the same JVM)"));
        rows.add(sessionRow(
                child(bench, List.of("-Dbench.plan=holds", "-Dbench.warmSessions=1"), "session", Duration.ofMinutes(5)),
                "knee to chest again, a later exercise (one played before in the same JVM)"));
        List<String> installed = new ArrayList<>(StartupBench.INSTALLER_OPTIONS);
        rows.add(sessionRow(
                child(bench, installed, "session", Duration.ofMinutes(5)),
                "the bridge, first exercise, with the installed app's JVM options (C1 only)"));

        ProcessRun soak = child(bench, List.of("-Dbench.sessions=" + sessions), "soak", Duration.ofMinutes(10));
        double rssBefore = result(soak, "rss-before"),
                rssAfter = result(soak, "rss-after"),
                rssRested = result(soak, "rss-given-back");
        // The kiosk gives memory back when it rests (ui.shell.RestingMemory, run at its idle reset); the soak does
        // the same after the sessions and a 10 s rest. Straight after the last session is in the note.
        rows.add(Row.of(
                        "resident memory after " + sessions + " player sessions, at rest (memory given back)",
                        "bare window (5 s after start)",
                        new double[] {rssRested / bareRssKb},
                        "≤1.3x",
                        1.3)
                .withNote(String.format(
                        Locale.ROOT,
                        "player process RSS %.0f MB at 5 s, %.0f MB straight after the sessions (%.2fx), %.0f MB "
                                + "after the rest and give-back; bare window %.0f MB",
                        rssBefore / 1024,
                        rssAfter / 1024,
                        rssAfter / bareRssKb,
                        rssRested / 1024,
                        bareRssKb / 1024)));
        rows.add(Row.of(
                        "growth over those sessions: live heap (GC, a frame, GC), after the sessions against before them",
                        "itself",
                        new double[] {result(soak, "heap-after") / result(soak, "heap-before")},
                        "no growth (≤1.2x)",
                        1.2)
                .withNote(String.format(
                        Locale.ROOT,
                        "live heap %.1f MB before, %.1f MB after (committed %.0f → %.0f MB); three GCs in a row at "
                                + "session %d: %.1f MB (counts pixels Prism's Disposer still holds); RSS %.2fx at rest",
                        result(soak, "heap-before") / 1024,
                        result(soak, "heap-after") / 1024,
                        result(soak, "committed-before") / 1024,
                        result(soak, "committed-after") / 1024,
                        sessions / 10,
                        result(soak, "heap-early") / 1024,
                        rssRested / rssBefore)));
        return rows;
    }

    private static Row sessionRow(ProcessRun session, String what) throws InterruptedException {
        List<String> phases = session.lines().stream()
                .filter(line -> line.startsWith("PK-PHASE"))
                .map(line -> line.substring("PK-PHASE".length()).trim().replaceAll(" +", " "))
                .toList();
        return new Row(
                what,
                "one core",
                new double[] {result(session, "session-cpu-share")},
                "%",
                "≤25 % average, smooth",
                0.25,
                String.format(
                        Locale.ROOT,
                        "%.0f s session; %.1f %% of frames more than 25 ms apart, worst gap %.0f ms; "
                                + "%.0f pulses a second; %.1f %% of one core without the first 4 s (start-up); "
                                + "per phase: %s",
                        result(session, "session-seconds"),
                        result(session, "session-late-share") * 100,
                        result(session, "session-worst-gap-ms"),
                        result(session, "session-pulses-per-second"),
                        result(session, "session-steady-cpu-share") * 100,
                        String.join("; ", phases)));
    }

    private static ProcessRun child(Bench bench, List<String> options, String mode, Duration timeout) throws Exception {
        List<String> jvm = new ArrayList<>(SW);
        jvm.addAll(options);
        ProcessRun run = ProcessRun.start(bench.testMain(jvm, MAIN, mode), bench.env());
        if (!run.waitFor(timeout)) {
            run.close();
            throw new IllegalStateException("PlayerBench " + mode + " did not finish: " + run.lines());
        }
        return run;
    }

    private static double result(ProcessRun run, String name) throws InterruptedException {
        Double value = run.await(name, Duration.ofSeconds(2));
        if (value == null) {
            throw new IllegalStateException("PlayerBench gave no " + name + ": " + run.lines());
        }
        return value;
    }
}
