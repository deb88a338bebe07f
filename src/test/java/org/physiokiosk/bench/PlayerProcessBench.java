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

    static List<Row> run(Bench bench, int rounds, int sessions, int soakRounds, double bareRssKb) throws Exception {
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

        rows.addAll(memoryRows(bench, sessions, soakRounds, bareRssKb));
        return rows;
    }

    /**
     * The soak in several JVMs, plain {@code java -jar} and the installed app's options taking turns: one soak
     * cannot tell 1.3x from noise (the same jar measured 0.97x–1.41x over 7 runs, docs/benchmarks.md, "Memory,
     * fourth pass"), and where the memory sits (anonymous, file-backed, X shared memory) says why a run differs.
     */
    private static List<Row> memoryRows(Bench bench, int sessions, int soakRounds, double bareRssKb) throws Exception {
        List<Soak> plain = new ArrayList<>(), installed = new ArrayList<>();
        for (int round = 0; round < soakRounds; round++) {
            plain.add(Soak.of(child(bench, List.of("-Dbench.sessions=" + sessions), "soak", Duration.ofMinutes(10))));
            List<String> options = new ArrayList<>(StartupBench.INSTALLER_OPTIONS);
            options.add("-Dbench.sessions=" + sessions);
            installed.add(Soak.of(child(bench, options, "soak", Duration.ofMinutes(10))));
        }
        List<Row> rows = new ArrayList<>();
        rows.add(memoryRow(
                "resident memory after " + sessions + " player sessions, at rest (memory given back), `java -jar`",
                plain,
                bareRssKb));
        rows.add(memoryRow("the same, with the installed app's JVM options (C1 only)", installed, bareRssKb));
        double[] growth = plain.stream()
                .mapToDouble(soak -> soak.heapAfter / soak.heapBefore)
                .toArray();
        rows.add(Row.of(
                        "growth over those sessions: live heap (GC, a frame, GC), after the sessions against before them",
                        "itself",
                        growth,
                        "no growth (≤1.2x)",
                        1.2)
                .withNote(String.format(
                        Locale.ROOT,
                        "`java -jar` soaks: live heap %.1f MB before, %.1f MB after (medians; committed %.0f → %.0f MB);"
                                + " three GCs in a row at session %d: %.1f MB (counts pixels Prism's Disposer still"
                                + " holds)",
                        median(plain, soak -> soak.heapBefore) / 1024,
                        median(plain, soak -> soak.heapAfter) / 1024,
                        median(plain, soak -> soak.committedBefore) / 1024,
                        median(plain, soak -> soak.committedAfter) / 1024,
                        sessions / 10,
                        median(plain, soak -> soak.heapEarly) / 1024)));
        return rows;
    }

    private static Row memoryRow(String what, List<Soak> soaks, double bareRssKb) {
        return Row.of(
                        what,
                        "bare window (5 s after start)",
                        soaks.stream()
                                .mapToDouble(soak -> soak.rssRested / bareRssKb)
                                .toArray(),
                        "≤1.3x",
                        1.3)
                .withNote(String.format(
                        Locale.ROOT,
                        "%d soaks, medians: RSS %.0f MB at 5 s, %.0f MB straight after the sessions, %.0f MB after "
                                + "the rest and give-back (anonymous %.0f, files %.0f, shared memory %.0f MB), %.2fx "
                                + "its own 5-s figure; bare window %.0f MB",
                        soaks.size(),
                        median(soaks, soak -> soak.rssBefore) / 1024,
                        median(soaks, soak -> soak.rssAfter) / 1024,
                        median(soaks, soak -> soak.rssRested) / 1024,
                        median(soaks, soak -> soak.anonRested) / 1024,
                        median(soaks, soak -> soak.fileRested) / 1024,
                        median(soaks, soak -> soak.shmemRested) / 1024,
                        median(soaks, soak -> soak.rssRested / soak.rssBefore),
                        bareRssKb / 1024));
    }

    private static double median(List<Soak> soaks, java.util.function.ToDoubleFunction<Soak> figure) {
        return Stats.median(soaks.stream().mapToDouble(figure).toArray());
    }

    /** One soak's figures, in KB. */
    private record Soak(
            double rssBefore,
            double rssAfter,
            double rssRested,
            double anonRested,
            double fileRested,
            double shmemRested,
            double heapBefore,
            double heapAfter,
            double heapEarly,
            double committedBefore,
            double committedAfter) {

        static Soak of(ProcessRun run) throws InterruptedException {
            return new Soak(
                    result(run, "rss-before"),
                    result(run, "rss-after"),
                    result(run, "rss-given-back"),
                    result(run, "rss-anon-given-back"),
                    result(run, "rss-file-given-back"),
                    result(run, "rss-shmem-given-back"),
                    result(run, "heap-before"),
                    result(run, "heap-after"),
                    result(run, "heap-early"),
                    result(run, "committed-before"),
                    result(run, "committed-after"));
        }
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
