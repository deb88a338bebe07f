package org.physiokiosk.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Every benchmark, one table: {@code ./mvnw -Pbench verify} (or, after {@code package}, this main on the test
 * class path with the project folder as working directory). Each figure is a ratio against a baseline measured
 * in the same run, interleaved; medians with min–max. Window runs need an X display: without DISPLAY the suite
 * starts Xvfb on :94 itself and stops it at the end. {@code -Dbench.only=content,countdown,export,startup,player}
 * runs a part; {@code -Dbench.quick=true} fewer rounds. Results and methods: docs/benchmarks.md.
 */
public final class BenchSuite {

    private BenchSuite() {}

    public static void main(String[] args) throws Exception {
        Set<String> only =
                Set.copyOf(Arrays.asList(System.getProperty("bench.only", "content,countdown,export,startup,player")
                        .split(",")));
        boolean quick = Boolean.getBoolean("bench.quick");
        Path project = Path.of(System.getProperty("bench.project", "."))
                .toAbsolutePath()
                .normalize();
        Path jar = project.resolve("target/physio-kiosk.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build it first (./mvnw -o -q package -DskipTests)");
        }
        Path work = Files.createDirectories(project.resolve("target/bench"));
        Map<String, String> env = new HashMap<>();
        Process xvfb = null;
        String display = System.getenv("DISPLAY");
        if (display == null || display.isBlank()) {
            display = System.getProperty("bench.display", ":94");
            xvfb = new ProcessBuilder("Xvfb", display, "-screen", "0", "1920x1080x24", "-nolisten", "tcp")
                    .redirectErrorStream(true)
                    .redirectOutput(work.resolve("xvfb.log").toFile())
                    .start();
            Thread.sleep(1500);
        }
        env.put("DISPLAY", display);
        Bench bench = new Bench(
                Path.of(System.getProperty("java.home"), "bin", "java"),
                jar,
                project.resolve("target/test-classes"),
                work,
                env);
        System.out.printf(
                Locale.ROOT,
                "machine: %d processors, load average %.2f, %s %s%n",
                Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                        .getSystemLoadAverage(),
                System.getProperty("java.vm.name"),
                System.getProperty("java.version"));
        List<Row> rows = new ArrayList<>();
        try {
            if (only.contains("content")) {
                double[][] load = ContentLoadBenchmark.measure(quick ? 9 : 31);
                rows.add(Row.of(
                                "loading 1,000 exercises with full validation",
                                "plain Jackson parsing of the same files",
                                load[2],
                                "≤1.5x",
                                1.5)
                        .withNote(String.format(
                                Locale.ROOT,
                                "medians loader %.1f ms, Jackson %.1f ms; thread CPU time loader %.1f ms, Jackson %.1f ms, ratio %.2fx; %d warm-up rounds (until the JIT settled)",
                                Stats.median(load[1]),
                                Stats.median(load[0]),
                                Stats.median(load[4]),
                                Stats.median(load[3]),
                                Stats.median(load[5]),
                                (int) load[6][0])));
            }
            if (only.contains("countdown")) {
                rows.add(CountdownBench.run(quick ? 3 : 7));
            }
            if (only.contains("export")) {
                rows.addAll(ExportBench.run(bench, quick ? 7 : 21, quick ? 3 : 5));
            }
            StartupBench startup = new StartupBench(bench, quick ? 3 : 5, quick ? 2 : 3, quick ? 10_000 : 20_000);
            if (only.contains("startup")) {
                rows.addAll(startup.run());
            }
            if (only.contains("player")) {
                rows.addAll(PlayerProcessBench.run(
                        bench, quick ? 3 : 5, quick ? 200 : 1000, quick ? 1 : 2, startup.bareRssKb()));
            }
        } finally {
            if (xvfb != null) {
                xvfb.destroy();
                xvfb.waitFor(5, TimeUnit.SECONDS);
            }
            Table.print(rows, System.out);
        }
    }
}
