package org.physiokiosk.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.physiokiosk.content.ContentFixtures;
import org.physiokiosk.content.ContentLoader;
import org.physiokiosk.content.ContentRoot;
import org.physiokiosk.content.LoadResult;

/**
 * Loads 1,000 generated exercises with the real loader (read, strict UTF-8, parse, validate, check
 * references) and, side by side in the same run, parses the same files with plain Jackson. The ratio is
 * what counts: the machines are shared and noisy, absolute times are not comparable between runs.
 * Warm-up runs until the JIT compiler has settled ({@link #warmUp}). Run: {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.physiokiosk.bench.ContentLoadBenchmark}
 */
public final class ContentLoadBenchmark {

    private static final int EXERCISES = 1_000;
    /** At least this many warm-up rounds (each side once a round), then until the JIT has settled. */
    private static final int WARMUP_ROUNDS = 15;
    /**
     * The JIT has settled when this many warm-up rounds in a row compiled for at most {@link #SETTLED_MILLIS} in
     * all (the compiler threads' time, {@code CompilationMXBean}).
     */
    private static final int SETTLED_ROUNDS = 10;

    private static final long SETTLED_MILLIS = 5;
    /** A bound on warming up, for a machine so busy that the compiler never finishes: the note says so. */
    private static final int MAX_WARMUP_ROUNDS = 400;

    private static final int MEASURED_ROUNDS = Integer.getInteger("rounds", 31);

    private ContentLoadBenchmark() {}

    public static void main(String[] args) throws IOException {
        double[][] result = measure(MEASURED_ROUNDS);
        double[] jackson = result[0], loader = result[1], ratios = result[2];
        double[] cpuRatios = result[5];
        System.out.printf(
                Locale.ROOT,
                "exercises: %d, rounds: %d after %d warm-up rounds (until the JIT settled)%n",
                EXERCISES,
                MEASURED_ROUNDS,
                (int) result[6][0]);
        System.out.printf(Locale.ROOT, "plain Jackson readTree, median: %.1f ms%n", median(jackson));
        System.out.printf(Locale.ROOT, "ContentLoader.load,     median: %.1f ms%n", median(loader));
        System.out.printf(
                Locale.ROOT,
                "ratio loader/Jackson: median %.2f, min %.2f, max %.2f%n",
                median(ratios),
                Arrays.stream(ratios).min().orElseThrow(),
                Arrays.stream(ratios).max().orElseThrow());
        System.out.printf(
                Locale.ROOT,
                "thread CPU, medians: Jackson %.1f ms, loader %.1f ms; ratio median %.2f, min %.2f, max %.2f%n",
                median(result[3]),
                median(result[4]),
                median(cpuRatios),
                Arrays.stream(cpuRatios).min().orElseThrow(),
                Arrays.stream(cpuRatios).max().orElseThrow());
    }

    /**
     * The measurement, for the benchmark suite too, per round: {Jackson ms, loader ms, loader / Jackson, and the
     * same three in CPU time of the measuring thread}. Wall time is the figure; the thread's CPU time is shown
     * beside it because on a machine at load 15-20 a round's wall time is mostly how long the thread waited.
     */
    static double[][] measure(int rounds) throws IOException {
        Path folder = Files.createTempDirectory("pk-bench");
        try {
            return measureIn(folder, rounds);
        } finally {
            // Each run wrote 1,000 files; left behind, /tmp filled up with them.
            try (Stream<Path> all = Files.walk(folder)) {
                for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    private static double[][] measureIn(Path folder, int rounds) throws IOException {
        List<ContentRoot> roots = List.of(ContentFixtures.base(), ContentFixtures.clinic(folder));
        // The same files on both sides: the small base folder's seven as well as the thousand generated ones
        // (until 2026-11-30 the baseline parsed only the thousand, the loader all 1,007).
        List<Path> files = new ArrayList<>(jsonFilesIn(ContentFixtures.base().folder()));
        files.addAll(generate(folder));
        ObjectMapper plain = new ObjectMapper();

        LoadResult check = new ContentLoader().load(roots);
        if (check.errorCount() > 0 || check.catalog().exercises().size() != EXERCISES + 1) {
            throw new IllegalStateException("generated content does not load cleanly: " + check.problems());
        }
        int warmups = warmUp(() -> new ContentLoader().load(roots), () -> parsePlain(plain, files));
        double[] loader = new double[rounds];
        double[] jackson = new double[rounds];
        double[] ratios = new double[rounds];
        double[] loaderCpu = new double[rounds];
        double[] jacksonCpu = new double[rounds];
        double[] cpuRatios = new double[rounds];
        Runnable parse = () -> parsePlain(plain, files);
        Runnable load = () -> new ContentLoader().load(roots);
        for (int i = 0; i < rounds; i++) {
            // Alternate which goes first so drift on a shared machine hits both sides alike.
            double[] first = time(i % 2 == 0 ? parse : load);
            double[] second = time(i % 2 == 0 ? load : parse);
            double[] j = i % 2 == 0 ? first : second;
            double[] l = i % 2 == 0 ? second : first;
            jackson[i] = j[0];
            loader[i] = l[0];
            jacksonCpu[i] = j[1];
            loaderCpu[i] = l[1];
            ratios[i] = loader[i] / jackson[i];
            cpuRatios[i] = loaderCpu[i] / jacksonCpu[i];
        }
        return new double[][] {jackson, loader, ratios, jacksonCpu, loaderCpu, cpuRatios, {warmups}};
    }

    /**
     * Runs both sides until the JIT compiler has settled, and returns how many rounds that took. Fifteen fixed
     * rounds were not enough: the loader has far more code of its own than the baseline (which shares the parser
     * with it), and with {@code -XX:+PrintCompilation} C2 was still compiling loader methods 8 s into a run on a
     * busy machine, so the first measured rounds timed partly interpreted loader code against a compiled
     * baseline (third pass: the first 13 of 100 rounds at a median 1.76x, the rest at 1.49x). Both sides warm
     * up alike, round by round; nothing about what is measured changes.
     */
    private static int warmUp(Runnable load, Runnable parse) {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        boolean timed = jit != null && jit.isCompilationTimeMonitoringSupported();
        long[] compiled = new long[MAX_WARMUP_ROUNDS + 1];
        int round = 0;
        while (round < MAX_WARMUP_ROUNDS) {
            load.run();
            parse.run();
            round++;
            compiled[round] = timed ? jit.getTotalCompilationTime() : 0;
            boolean settled = !timed
                    || round >= SETTLED_ROUNDS && compiled[round] - compiled[round - SETTLED_ROUNDS] <= SETTLED_MILLIS;
            if (round >= WARMUP_ROUNDS && settled) {
                break;
            }
        }
        return round;
    }

    private static void parsePlain(ObjectMapper mapper, List<Path> files) {
        try {
            for (Path file : files) {
                mapper.readTree(Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** {wall ms, this thread's CPU ms}. */
    private static double[] time(Runnable work) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        work.run();
        long wall = System.nanoTime() - start;
        return new double[] {wall / 1e6, (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6};
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static List<Path> jsonFilesIn(Path folder) throws IOException {
        try (Stream<Path> all = Files.walk(folder)) {
            return all.filter(file -> file.toString().endsWith(".json"))
                    .sorted()
                    .toList();
        }
    }

    /** Exercises shaped like the bundled ones: two languages, five steps, a full dose. */
    private static List<Path> generate(Path folder) throws IOException {
        Path exercises = Files.createDirectories(folder.resolve("exercises"));
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < EXERCISES; i++) {
            String id = "generated-" + i;
            StringBuilder steps = new StringBuilder();
            for (int s = 0; s < 5; s++) {
                steps.append(s == 0 ? "" : ",\n").append("""
                        {"text": {"nl": "Stap %d: buig je knieën rustig en houd je rug recht tegen de mat.",
                                  "en": "Step %d: bend your knees calmly and keep your back flat on the mat."},
                         "pose": "%s", "seconds": 3, "holdSeconds": %d, "breath": "out"%s}""".formatted(
                        s, s, s % 2 == 0 ? "lying" : "bridge-up", s == 2 ? 5 : 0, s == 0 ? ", \"setup\": true" : ""));
            }
            Path file = exercises.resolve(id + ".json");
            Files.writeString(file, """
                    {"schemaVersion": 1, "id": "%s",
                     "title": {"nl": "Oefening %d", "en": "Exercise %d"},
                     "summary": {"nl": "Maakt je onderrug soepel.", "en": "Makes your lower back supple."},
                     "regions": ["lower-back", "buttocks"], "category": "mobility", "startPosition": "lying-on-back",
                     "equipment": ["mat"],
                     "steps": [%s],
                     "dose": {"reps": {"min": 5, "max": 10}, "sets": 1, "holdSeconds": 5, "restSeconds": 30,
                              "side": "each", "timesPerDay": 2, "defaults": ["sets", "restSeconds"]},
                     "cautions": [{"nl": "Stop als de pijn erger wordt.", "en": "Stop if the pain gets worse."}],
                     "progression": [{"nl": "Houd 5 seconden vast.", "en": "Hold for 5 seconds."}],
                     "sources": ["test-leaflet"]}
                    """.formatted(id, i, i, steps));
            files.add(file);
        }
        try (Stream<Path> listing = Files.list(exercises)) {
            return listing.sorted().toList();
        }
    }
}
