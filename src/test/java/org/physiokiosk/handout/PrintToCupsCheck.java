package org.physiokiosk.handout;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javax.print.PrintService;
import javax.print.PrintServiceLookup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Prints a handout on a real print queue: run by .ci/print-check.sh with {@code -Dphysiokiosk.printer=PDF}
 * (a cups-pdf queue), which then compares what came out with the export. Skipped in the ordinary build,
 * which must not need CUPS.
 */
@EnabledIfSystemProperty(named = "physiokiosk.printer", matches = ".+")
class PrintToCupsCheck {

    @Test
    void printsTheExportedBytesOnTheNamedQueue() throws Exception {
        String name = System.getProperty("physiokiosk.printer");
        PrintService printer = Arrays.stream(PrintServiceLookup.lookupPrintServices(null, null))
                .filter(service -> service.getName().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no print queue named " + name));
        byte[] pdf = HandoutFixtures.render(HandoutFixtures.program(2, "nl"));
        Path folder = Files.createDirectories(Path.of("target/print-check"));
        Files.write(folder.resolve("export.pdf"), pdf);
        assertThat(new HandoutPrinter().print(pdf, printer, false)).isTrue();
    }
}
