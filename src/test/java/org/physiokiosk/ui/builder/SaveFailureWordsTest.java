package org.physiokiosk.ui.builder;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.physiokiosk.program.FileProgramStore;
import org.physiokiosk.program.ProgramStoreException;
import org.physiokiosk.ui.i18n.Messages;

/** F26: a failed save in plain words by cause, naming the folder and never a temporary file. */
class SaveFailureWordsTest {

    private static final Path PROGRAMS = Path.of("/srv/fysio/programs");

    private static ProgramStoreException failed(IOException cause) {
        // as FileProgramStore says it: the technical line, for the log
        return new ProgramStoreException(
                "could not save " + PROGRAMS.resolve("k7qm4xpr2a.json") + " (the previous version is kept): " + cause,
                cause);
    }

    @Test
    void aFolderThatCannotBeWrittenIsNamedWithWhoCanHelp() {
        ProgramStoreException failure = failed(new AccessDeniedException(
                PROGRAMS.resolve(".1920182935363922804.tmp").toString()));
        String dutch = SaveFailureWords.of(failure, new FileProgramStore(PROGRAMS), new Messages("nl"));
        assertThat(dutch)
                .isEqualTo("De map /srv/fysio/programs kan niet worden beschreven. Vraag je beheerder om"
                        + " schrijfrechten. Je programma staat nog open en is niet opgeslagen.")
                .doesNotContain(".tmp", "probeer het opnieuw");
        String english = SaveFailureWords.of(failure, Optional.empty(), new Messages("en"));
        assertThat(english)
                .as("the folder from the failure when the store does not say")
                .startsWith("The folder /srv/fysio/programs cannot be written to. Ask your administrator")
                .doesNotContain(".tmp");
    }

    @Test
    void aLockFileOrAReadOnlyDiskIsTheSameCause() {
        assertThat(SaveFailureWords.causeOf(failed(new AccessDeniedException("/srv/fysio/programs/.lock"))))
                .isEqualTo(SaveFailureWords.Cause.NO_PERMISSION);
        assertThat(SaveFailureWords.causeOf(
                        failed(new FileSystemException("/srv/fysio/programs/.1.tmp", null, "Read-only file system"))))
                .isEqualTo(SaveFailureWords.Cause.NO_PERMISSION);
        assertThat(SaveFailureWords.of(
                        failed(new AccessDeniedException("/srv/fysio/programs/.lock")),
                        Optional.empty(),
                        new Messages("nl")))
                .startsWith("De map /srv/fysio/programs kan niet");
    }

    @Test
    void aFullDiskSaysToMakeRoom() {
        ProgramStoreException failure = failed(new IOException("No space left on device"));
        assertThat(SaveFailureWords.causeOf(failure)).isEqualTo(SaveFailureWords.Cause.DISK_FULL);
        assertThat(SaveFailureWords.of(failure, new FileProgramStore(PROGRAMS), new Messages("nl")))
                .startsWith("Opslaan is niet gelukt: de schijf met de map /srv/fysio/programs is vol.")
                .contains("Je programma staat nog open");
        assertThat(SaveFailureWords.of(failure, new FileProgramStore(PROGRAMS), new Messages("en")))
                .contains("is full", "still open");
    }

    @Test
    void anotherFailureNamesTheFolderOrSaysItPlainlyWithoutOne() {
        ProgramStoreException failure = new ProgramStoreException("database unavailable");
        assertThat(SaveFailureWords.causeOf(failure)).isEqualTo(SaveFailureWords.Cause.OTHER);
        assertThat(SaveFailureWords.of(failure, Optional.empty(), new Messages("nl")))
                .startsWith("Opslaan in de map voor programma's is niet gelukt.")
                .doesNotContain("database");
    }
}
