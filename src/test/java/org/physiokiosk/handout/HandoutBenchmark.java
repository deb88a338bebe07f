package org.physiokiosk.handout;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.physiokiosk.program.Program;

/**
 * The export of a 10-exercise handout, warm, in process, against plain PDFBox writing the same text (same
 * embedded font, same pages, no drawings, no tags, no PDF/A) in the same run. The ratio is what counts on
 * a shared machine. Run: {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.physiokiosk.handout.HandoutBenchmark}
 */
public final class HandoutBenchmark {

    private static final int WARMUP_ROUNDS = 8;
    private static final int MEASURED_ROUNDS = Integer.getInteger("rounds", 21);

    private HandoutBenchmark() {}

    public static void main(String[] args) throws IOException {
        double[][] result = measure(MEASURED_ROUNDS);
        System.out.printf(
                Locale.ROOT,
                "handout: %d bytes; export median %.1f ms (thread CPU %.1f ms), ratio to plain PDFBox text median %.2f (%d rounds)%n",
                (long) result[2][0],
                median(result[0]),
                median(result[3]),
                median(result[1]),
                MEASURED_ROUNDS);
    }

    /**
     * Warm export of a 10-exercise handout against plain PDFBox text, alternating which goes first; for the
     * benchmark suite. Returns {export ms per round, export / plain per round, {handout bytes}, export CPU ms of
     * the measuring thread per round}: at load 15-20 a round's wall time is mostly waiting for a core.
     */
    public static double[][] measure(int rounds) throws IOException {
        Program program = HandoutFixtures.program(10, "nl");
        byte[] handout = HandoutFixtures.render(program);
        List<List<String>> pages = pageLines(handout);
        for (int i = 0; i < WARMUP_ROUNDS; i++) {
            HandoutFixtures.render(program);
            plain(pages);
        }
        double[] full = new double[rounds];
        double[] ratios = new double[rounds];
        double[] cpu = new double[rounds];
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int i = 0; i < rounds; i++) {
            double text = 0;
            if (i % 2 == 1) {
                text = timePlain(pages);
            }
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            HandoutFixtures.render(program);
            full[i] = (System.nanoTime() - start) / 1e6;
            cpu[i] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6;
            if (i % 2 == 0) {
                text = timePlain(pages);
            }
            ratios[i] = full[i] / text;
        }
        return new double[][] {full, ratios, {handout.length}, cpu};
    }

    /** The benchmark's 10-exercise program, for the suite's cold export from the command line. */
    public static Program tenExercises() {
        return HandoutFixtures.program(10, "nl");
    }

    private static double timePlain(List<List<String>> pages) throws IOException {
        long start = System.nanoTime();
        plain(pages);
        return (System.nanoTime() - start) / 1e6;
    }

    private static List<List<String>> pageLines(byte[] pdf) throws IOException {
        List<List<String>> pages = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(Arrays.stream(stripper.getText(document).split("\\R"))
                        .filter(l -> !l.isBlank())
                        .toList());
            }
        }
        return pages;
    }

    /** The same lines with the same embedded font, one after the other, nothing else. */
    private static byte[] plain(List<List<String>> pages) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument pdf = new PDDocument()) {
            Typeface font = HandoutFonts.load(pdf).regular();
            for (List<String> lines : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                pdf.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                    float y = 790;
                    for (String line : lines) {
                        content.beginText();
                        content.setFont(font.primary(), 12);
                        content.newLineAtOffset(50, y);
                        content.showText(TextWrap.printable(line, font));
                        content.endText();
                        y -= 15;
                    }
                }
            }
            pdf.save(out);
        }
        return out.toByteArray();
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
