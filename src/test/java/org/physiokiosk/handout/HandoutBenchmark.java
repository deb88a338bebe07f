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
import org.apache.pdfbox.pdmodel.font.PDFont;
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

    private HandoutBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Program program = HandoutFixtures.program(10, "nl");
        byte[] handout = HandoutFixtures.render(program);
        List<List<String>> pages = pageLines(handout);
        for (int i = 0; i < WARMUP_ROUNDS; i++) {
            HandoutFixtures.render(program);
            plain(pages);
        }
        double[] full = new double[MEASURED_ROUNDS];
        double[] text = new double[MEASURED_ROUNDS];
        double[] ratios = new double[MEASURED_ROUNDS];
        int plainBytes = 0;
        for (int i = 0; i < MEASURED_ROUNDS; i++) {
            long start = System.nanoTime();
            HandoutFixtures.render(program);
            full[i] = (System.nanoTime() - start) / 1e6;
            start = System.nanoTime();
            plainBytes = plain(pages).length;
            text[i] = (System.nanoTime() - start) / 1e6;
            ratios[i] = full[i] / text[i];
        }
        System.out.printf(Locale.ROOT, "handout: %d pages, %d bytes; plain text PDF: %d bytes%n", pages.size(),
                handout.length, plainBytes);
        System.out.printf(Locale.ROOT, "handout export median %.1f ms, plain PDFBox text median %.1f ms, ratio median %.2f (%d rounds)%n",
                median(full), median(text), median(ratios), MEASURED_ROUNDS);
    }

    private static List<List<String>> pageLines(byte[] pdf) throws IOException {
        List<List<String>> pages = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(Arrays.stream(stripper.getText(document).split("\\R")).filter(l -> !l.isBlank()).toList());
            }
        }
        return pages;
    }

    /** The same lines with the same embedded font, one after the other, nothing else. */
    private static byte[] plain(List<List<String>> pages) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument pdf = new PDDocument()) {
            PDFont font = HandoutFonts.load(pdf).regular();
            for (List<String> lines : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                pdf.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                    float y = 790;
                    for (String line : lines) {
                        content.beginText();
                        content.setFont(font, 12);
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
