package org.physiokiosk.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.physiokiosk.testing.TempFolders;

/** Decision 0048: an exported handout is a document in the place the therapist chose, not an app's secret. */
class DocumentFileTest {

    private Path folder;

    @BeforeEach
    void folder() {
        folder = TempFolders.create("document-file");
    }

    @AfterEach
    void remove() {
        TempFolders.remove(folder);
    }

    @Test
    void aNewDocumentGetsThePermissionsAnyNewFileGetsInItsFolder() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path reference = Files.createFile(folder.resolve("made-by-any-program.pdf")); // the umask's mode

        Path handout = folder.resolve("handout.pdf");
        DocumentFile.write(handout, stream -> stream.write(pdf("new")));

        assertThat(Files.getPosixFilePermissions(handout)).isEqualTo(Files.getPosixFilePermissions(reference));
        assertThat(Files.readAllBytes(handout)).isEqualTo(pdf("new"));
    }

    @Test
    void aReplacedDocumentKeepsItsOwnPermissions() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path handout = Files.write(folder.resolve("handout.pdf"), pdf("last week"));
        Files.setPosixFilePermissions(handout, PosixFilePermissions.fromString("rw-r-----")); // the clinic's group

        DocumentFile.write(handout, stream -> stream.write(pdf("this week")));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(handout)))
                .isEqualTo("rw-r-----");
        assertThat(Files.readAllBytes(handout)).isEqualTo(pdf("this week"));
    }

    @Test
    void aFailedWriteLeavesTheOldDocumentAndNoTempFile() throws IOException {
        Path handout = Files.write(folder.resolve("handout.pdf"), pdf("last week"));

        assertThatThrownBy(() -> DocumentFile.write(handout, stream -> {
                    stream.write(pdf("half"));
                    throw new IOException("No space left on device");
                }))
                .hasMessageContaining("No space left");

        assertThat(Files.readAllBytes(handout)).isEqualTo(pdf("last week"));
        try (Stream<Path> left = Files.list(folder)) {
            assertThat(left).containsExactly(handout);
        }
    }

    @Test
    void theTempFileDoesNotCarryTheDocumentsNameWhichMayBeThePatients() throws IOException {
        Path handout = folder.resolve("Jan Jansen.pdf");
        Path[] seen = new Path[1];
        DocumentFile.write(handout, stream -> {
            try (Stream<Path> files = Files.list(folder)) {
                seen[0] = files.findFirst().orElseThrow();
            }
            stream.write(pdf("x"));
        });

        assertThat(seen[0].getFileName().toString())
                .startsWith(".")
                .endsWith(".tmp")
                .doesNotContain("Jan");
    }

    private static byte[] pdf(String text) {
        return ("%PDF-1.7 " + text).getBytes(StandardCharsets.US_ASCII);
    }
}
