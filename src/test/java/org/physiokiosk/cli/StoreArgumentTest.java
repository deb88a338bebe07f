package org.physiokiosk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.physiokiosk.testing.TempFolders;
import picocli.CommandLine;

/**
 * A source STORE that is no data folder is refused with exit code 2 before anything is copied; before, a typo, a
 * file, another database's address or the programs/ folder itself all read as an empty store: "0 copied", exit 0.
 */
class StoreArgumentTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private Path temp;

    @BeforeEach
    void folder() {
        temp = TempFolders.create("store-argument");
    }

    @AfterEach
    void remove() {
        TempFolders.remove(temp);
    }

    private int export(String from, String to) {
        err.getBuffer().setLength(0);
        CommandLine commandLine = KioskCommand.commandLine(options -> {});
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        return commandLine.execute("programs", "export", "--store", from, "--to", to);
    }

    @Test
    void aSourceThatIsNoDataFolderIsRefusedAndNothingIsWritten() throws Exception {
        Path to = temp.resolve("to");
        Path file = Files.writeString(temp.resolve("settings.properties"), "clinicName=X\n");
        Path programsItself = Files.createDirectories(temp.resolve("data").resolve("programs"));
        Files.writeString(programsItself.resolve("k7qm4xpr2a.json"), "{}");
        Path plainFolder = Files.createDirectories(temp.resolve("plain"));

        assertThat(export(temp.resolve("typo").toString(), to.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("error: no such data folder");
        assertThat(export(file.toString(), to.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("settings.properties is a file, not a data folder");
        assertThat(export("mysql://db/clinic", to.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("'mysql://db/clinic' is neither a data folder nor a postgresql://");
        assertThat(export(programsItself.toString(), to.toString())).isEqualTo(2);
        assertThat(err.toString())
                .contains("holds program files itself; give the data folder that holds programs/ (here "
                        + temp.resolve("data").toAbsolutePath().normalize() + ")");
        assertThat(export(plainFolder.toString(), to.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("has no programs/ folder");
        assertThat(to).doesNotExist();
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void aTargetThatIsAFileIsRefusedAndANewFolderIsFine() throws Exception {
        Path from = Files.createDirectories(temp.resolve("from").resolve("programs"))
                .getParent();
        Path file = Files.writeString(temp.resolve("notes.txt"), "x");
        assertThat(export(from.toString(), file.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("notes.txt is a file, not a data folder");
        assertThat(file).hasContent("x");
        assertThat(export(from.toString(), temp.resolve("new pc é").toString())).isZero();
    }
}
