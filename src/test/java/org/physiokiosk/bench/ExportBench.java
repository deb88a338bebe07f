package org.physiokiosk.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.physiokiosk.handout.HandoutBenchmark;
import org.physiokiosk.program.FileProgramStore;
import org.physiokiosk.program.Program;

/**
 * Exporting a 10-exercise handout: warm in process against plain PDFBox writing the same text (HandoutBenchmark),
 * and cold from the command line ({@code java -jar … export --program FILE}) against {@code java -jar … --version},
 * interleaved.
 */
final class ExportBench {

    private ExportBench() {}

    static List<Row> run(Bench bench, int warmRounds, int coldRounds) throws Exception {
        double[][] warm = HandoutBenchmark.measure(warmRounds);
        Path programs = Files.createDirectories(bench.work().resolve("programs"));
        Program saved = new FileProgramStore(programs).save(HandoutBenchmark.tenExercises());
        Path programFile = programs.resolve(saved.id().orElseThrow() + ".json");
        Path out = bench.work().resolve("handout.pdf");
        String[] exportArgs = {"export", "--program", programFile.toString(), "--out", out.toString()};
        // Installed-like: the installer's JVM options and an AppCDS archive written by one export, as StartupBench.
        Path archive = bench.work().resolve("export.jsa");
        Files.deleteIfExists(archive);
        List<String> dump = new ArrayList<>(StartupBench.INSTALLER_OPTIONS);
        dump.add("-XX:ArchiveClassesAtExit=" + archive);
        timed(bench, bench.kiosk(dump, exportArgs));
        List<String> cds = new ArrayList<>(StartupBench.INSTALLER_OPTIONS);
        cds.add("-XX:SharedArchiveFile=" + archive);
        List<List<String>> commands = List.of(
                bench.kiosk(List.of(), exportArgs), bench.kiosk(List.of(), "--version"), bench.kiosk(cds, exportArgs));
        List<Double> export = new ArrayList<>(), version = new ArrayList<>(), installed = new ArrayList<>();
        List<List<Double>> times = List.of(export, version, installed);
        for (int round = 0; round < coldRounds; round++) {
            for (int k = 0; k < commands.size(); k++) {
                int which = (k + round) % commands.size(); // the order rotates round by round
                times.get(which).add(timed(bench, commands.get(which)));
            }
        }
        double coldKb = Files.size(out) / 1024.0;
        return List.of(
                Row.of(
                                "exporting a 10-exercise handout, warm in process",
                                "PDFBox writing the same text without drawings",
                                warm[1],
                                "(ratio: info)",
                                Double.NaN)
                        .withNote(String.format(
                                Locale.ROOT,
                                "export median %.0f ms, thread CPU %.0f ms (%d rounds after warm-ups)",
                                Stats.median(warm[0]),
                                Stats.median(warm[3]),
                                warmRounds)),
                new Row("the same, warm, absolute", "—", warm[0], "ms", "<300 ms", 300, ""),
                Row.of(
                                "exporting it cold from the command line",
                                "java -jar … --version",
                                Stats.ratios(export, version),
                                "<2x",
                                2.0)
                        .withNote(String.format(
                                Locale.ROOT,
                                "medians export %.0f ms, --version %.0f ms",
                                Stats.median(export),
                                Stats.median(version))),
                Row.of(
                                "exporting it cold, installed-like (AppCDS + installer JVM options)",
                                "java -jar … --version (plain)",
                                Stats.ratios(installed, version),
                                "<2x",
                                2.0)
                        .withNote(String.format(
                                Locale.ROOT,
                                "medians installed-like export %.0f ms, --version %.0f ms",
                                Stats.median(installed),
                                Stats.median(version))),
                new Row("handout file size", "—", new double[] {coldKb}, "KB", "<300 KB", 300, ""));
    }

    /** Wall time of the whole process, from start to exit, in ms. */
    private static double timed(Bench bench, List<String> command) throws Exception {
        long start = System.nanoTime();
        try (ProcessRun run = ProcessRun.start(command, bench.env())) {
            if (!run.waitFor(Duration.ofSeconds(120)) || run.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed: " + run.lines());
            }
        }
        return (System.nanoTime() - start) / 1e6;
    }
}
