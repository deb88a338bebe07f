package org.physiokiosk.handout;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.physiokiosk.program.IssuedCode;
import org.physiokiosk.program.Program;
import org.physiokiosk.program.ProgramCode;
import org.physiokiosk.program.ProgramTemplates;

/**
 * The handouts a reviewer holds: 2 exercises, the sciatica template and 10 exercises, with and without a
 * kiosk code, in Dutch and English, and the stranger's walk ({@link StrangerHandouts}), written to a folder with
 * their page counts printed. Not a test; run:
 * {@code ./mvnw -o -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.physiokiosk.handout.HandoutReviewSamples -Dexec.args=/tmp/handout-review}
 */
public final class HandoutReviewSamples {

    static final Optional<IssuedCode> CODE = Optional.of(new IssuedCode(
            new ProgramCode("K7QM4XPR"), "review", HandoutFixtures.DATE, HandoutFixtures.DATE.plusWeeks(3)));

    private HandoutReviewSamples() {}

    static Map<String, Program> programs() {
        Map<String, Program> programs = new LinkedHashMap<>();
        for (String language : List.of("nl", "en")) {
            programs.put("two-" + language, HandoutFixtures.program(2, language));
            programs.put(
                    "sciatica-" + language,
                    ProgramTemplates.fromTemplate(
                            HandoutFixtures.catalog().templates().get("sciatica-program"),
                            HandoutFixtures.catalog(),
                            language,
                            HandoutFixtures.DATE));
            programs.put("ten-" + language, HandoutFixtures.program(10, language));
        }
        return programs;
    }

    public static void main(String[] args) throws IOException {
        Path folder = Files.createDirectories(Path.of(args.length > 0 ? args[0] : "target/handout-review"));
        HandoutRenderer renderer = new HandoutRenderer(HandoutFixtures.catalog(), HandoutFixtures.CLINIC);
        for (Map.Entry<String, Program> entry : programs().entrySet()) {
            for (boolean withCode : List.of(false, true)) {
                String name = entry.getKey() + (withCode ? "-code" : "");
                byte[] pdf = renderer.toBytes(entry.getValue(), withCode ? CODE : Optional.empty());
                Files.write(folder.resolve(name + ".pdf"), pdf);
                try (PDDocument document = Loader.loadPDF(pdf)) {
                    System.out.printf("%-16s %d pages%n", name, document.getNumberOfPages());
                }
            }
        }
        HandoutRenderer stranger = new HandoutRenderer(StrangerHandouts.catalog(), HandoutFixtures.CLINIC);
        for (StrangerHandouts.Sample sample : StrangerHandouts.samples()) {
            byte[] pdf = stranger.toBytes(sample.program(), sample.code());
            Files.write(folder.resolve(sample.name() + ".pdf"), pdf);
            try (PDDocument document = Loader.loadPDF(pdf)) {
                System.out.printf("%-16s %d pages%n", sample.name(), document.getNumberOfPages());
            }
        }
    }
}
