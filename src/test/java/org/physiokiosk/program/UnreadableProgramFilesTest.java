package org.physiokiosk.program;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.physiokiosk.program.ProgramStore.Unreadable;

/**
 * F19: a file list() cannot read comes with a kind a screen can say in its own words, and only its file name;
 * the technical detail (for the log and {@code validate}) stays English and never quotes the file's contents.
 */
class UnreadableProgramFilesTest {

    @TempDir
    Path folder;

    private Unreadable onlyProblem(FileProgramStore store) throws Exception {
        ProgramStore.Listing listing = store.list();
        assertThat(listing.programs()).as("the good program is still listed").hasSize(1);
        assertThat(listing.unreadable()).hasSize(1);
        return listing.unreadable().get(0);
    }

    private FileProgramStore storeWithAGoodProgram() throws Exception {
        FileProgramStore store = new FileProgramStore(folder);
        store.save(FileProgramStoreTest.program("Rug"));
        return store;
    }

    @Test
    void aTruncatedFileIsDamagedNamedByItsFileOnly() throws Exception {
        FileProgramStore store = storeWithAGoodProgram();
        byte[] truncated = "{\"schemaVersion\": 1, \"id\": \"cut1\", \"tit".getBytes(StandardCharsets.UTF_8);
        Path file = Files.write(folder.resolve("cut1.json"), truncated);

        Unreadable problem = onlyProblem(store);

        assertThat(problem.kind()).isEqualTo(Unreadable.Kind.DAMAGED);
        assertThat(problem.fileName()).isEqualTo("cut1.json");
        assertThat(problem.technical()).as("the log's line has the whole path").startsWith(file + ": ");
        assertThat(store.list().problems())
                .as("the English line for logs and validate")
                .singleElement()
                .asString()
                .contains("Unexpected end-of-input");
        assertThat(Files.readAllBytes(file)).as("never touched").isEqualTo(truncated);
    }

    @Test
    void aBinaryFileIsDamagedAndItsBytesNeverReachTheDetail() throws Exception {
        FileProgramStore store = storeWithAGoodProgram();
        byte[] binary = {(byte) 0xff, (byte) 0xfe, 0x61, 0x67, 0x2c, 0x00, (byte) 0xe6, (byte) 0x9d, (byte) 0xa1};
        Path file = Files.write(folder.resolve("zzzzzzzzzz.json"), binary);

        Unreadable problem = onlyProblem(store);

        assertThat(problem.kind()).isEqualTo(Unreadable.Kind.DAMAGED);
        assertThat(problem.detail()).matches("[\\x20-\\x7E]*").doesNotContain("ag,");
        assertThat(Files.readAllBytes(file)).isEqualTo(binary);
    }

    @Test
    void aPatientsNameInABrokenFileStaysOutOfTheDetail() throws Exception {
        FileProgramStore store = storeWithAGoodProgram();
        Files.writeString(
                folder.resolve("name1.json"), "{\"schemaVersion\": 1, \"id\": \"name1\", \"patient\": Jansen}");

        assertThat(onlyProblem(store).detail()).contains("Unrecognized token").doesNotContain("Jansen");
    }

    @Test
    void aFileOfANewerAppIsOfItsOwnKindAndLeftAlone() throws Exception {
        FileProgramStore store = storeWithAGoodProgram();
        String newer = "{\"schemaVersion\": 99, \"id\": \"newer9\", \"shape\": \"new\"}";
        Path file = Files.writeString(folder.resolve("newer9.json"), newer);

        Unreadable problem = onlyProblem(store);

        assertThat(problem.kind()).isEqualTo(Unreadable.Kind.NEWER_VERSION);
        assertThat(problem.technical())
                .isEqualTo(file + ": schemaVersion 99: written by a newer PhysioKiosk; this version reads 1");
        assertThat(Files.readString(file)).isEqualTo(newer);
    }
}
