package org.physiokiosk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.physiokiosk.content.BundledContent;
import org.physiokiosk.content.ContentFixtures;
import org.physiokiosk.testing.TempFolders;
import picocli.CommandLine;

/**
 * Where {@code gallery} writes, as a stranger types it: the same rules as export's PDF (ExportOutputTest). A typo
 * is refused before the slow drawing, nothing that is not a PNG is replaced, and a failure is one plain line
 * with exit code 1, never a stack trace.
 */
class GalleryOutputTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private Path folder;
    private String previousContent;

    @BeforeEach
    void smallContentAndAFolder() throws IOException {
        previousContent = System.getProperty(BundledContent.FOLDER_PROPERTY);
        System.setProperty(
                BundledContent.FOLDER_PROPERTY,
                ContentFixtures.FIXTURES.resolve("base").toString());
        folder = TempFolders.create("gallery-output");
    }

    @AfterEach
    void restore() {
        if (previousContent == null) {
            System.clearProperty(BundledContent.FOLDER_PROPERTY);
        } else {
            System.setProperty(BundledContent.FOLDER_PROPERTY, previousContent);
        }
        TempFolders.remove(folder);
    }

    private int gallery(Path target) {
        CommandLine commandLine = KioskCommand.commandLine(options -> {});
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        return commandLine.execute("gallery", "--out", target.toString(), "--scale", "0.25");
    }

    @Test
    void aSheetIsWrittenAsAPngAndNoTempFileStays() throws IOException {
        Path png = folder.resolve("sheet.png");

        assertThat(gallery(png)).isZero();

        try (InputStream in = Files.newInputStream(png)) {
            assertThat(in.readNBytes(4)).containsExactly(0x89, 'P', 'N', 'G');
        }
        assertThat(out.toString()).startsWith("wrote " + png);
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).containsExactly(png);
        }
    }

    @Test
    void aSheetReplacesAnEarlierSheet() throws IOException {
        Path png = folder.resolve("sheet.png");
        assertThat(gallery(png)).isZero();
        long before = Files.size(png);
        Files.write(png, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0}); // an older, shorter sheet

        assertThat(gallery(png)).isZero();

        assertThat(Files.size(png)).isEqualTo(before);
    }

    @Test
    void aMissingFolderIsRefusedInOneLineAndNotMade() {
        Path png = folder.resolve("figures").resolve("sheet.png");

        assertThat(gallery(png)).isEqualTo(1);

        assertThat(err.toString())
                .isEqualTo("gallery: cannot write " + png + ": no such folder " + png.getParent()
                        + System.lineSeparator());
        assertThat(png.getParent()).doesNotExist();
    }

    @Test
    void aFileThatIsNotAPngIsLeftAsItIs() throws IOException {
        Path program = Files.writeString(folder.resolve("k7qm4xpr.json"), "{\"schemaVersion\": 1}");

        assertThat(gallery(program)).isEqualTo(1);

        assertThat(err.toString()).contains(program + " exists and is not a PNG; it is left as it is");
        assertThat(program).hasContent("{\"schemaVersion\": 1}");
    }

    @Test
    void aFolderIsRefusedWithANameToGive() {
        assertThat(gallery(folder)).isEqualTo(1);

        assertThat(err.toString())
                .contains(folder + " is a folder; give a file name in it, such as " + folder.resolve("sheet.png"));
    }

    @Test
    void aFolderThatTakesNoFilesIsOnePlainLine() {
        Path proc = Path.of("/proc");
        assumeThat(Files.isDirectory(proc)).as("Linux's /proc").isTrue();

        assertThat(gallery(proc.resolve("sheet.png"))).isEqualTo(1);

        assertThat(err.toString())
                .startsWith("gallery: cannot write /proc/sheet.png: ")
                .doesNotContain("Exception", "\tat ");
    }
}
