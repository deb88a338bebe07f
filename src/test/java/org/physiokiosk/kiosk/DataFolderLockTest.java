package org.physiokiosk.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.physiokiosk.testing.TempFolders;

/**
 * One app per data folder (decision 0039), with a real second process holding the lock: a start finds it held
 * and who holds it, and a killed holder leaves nothing that blocks the next start.
 */
class DataFolderLockTest {

    private final Path home = TempFolders.create("folder-lock");
    private Process holder;

    @AfterEach
    void cleanUp() throws InterruptedException {
        if (holder != null) {
            holder.destroyForcibly();
            holder.waitFor();
        }
        TempFolders.remove(home);
    }

    /** Starts a JVM that takes the lock, and returns once it says it holds it (no sleeping, no timing). */
    private void startHolder() throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        holder = new ProcessBuilder(List.of(
                        java,
                        "-cp",
                        System.getProperty("java.class.path"),
                        DataFolderLockHolder.class.getName(),
                        home.toString()))
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
        assertThat(out.readLine()).isEqualTo("held");
    }

    @Test
    void aSecondStartFindsTheFolderHeldByTheFirstAndNamesItsProcess() throws IOException {
        startHolder();
        DataFolderLock.Outcome second = DataFolderLock.tryTake(home);
        assertThat(second).isInstanceOf(DataFolderLock.HeldElsewhere.class);
        assertThat(((DataFolderLock.HeldElsewhere) second).pid()).hasValue(holder.pid());
        assertThat(DataFolderLock.refusal(home, ((DataFolderLock.HeldElsewhere) second).pid()))
                .contains("already running", home.toAbsolutePath().toString(), "process " + holder.pid());
    }

    @Test
    void aKilledHolderLeavesNoLockThatBlocksTheNextStart() throws Exception {
        startHolder();
        holder.destroyForcibly(); // a crash or a power cut: nobody lets go on purpose
        holder.waitFor();
        assertThat(home.resolve(DataFolderLock.FILE))
                .as("the file stays; it means nothing")
                .exists();
        DataFolderLock.Outcome next = DataFolderLock.tryTake(home);
        assertThat(next).isInstanceOf(DataFolderLock.Taken.class);
        assertThat(Files.readString(home.resolve(DataFolderLock.FILE)).strip())
                .isEqualTo(Long.toString(ProcessHandle.current().pid()));
        ((DataFolderLock.Taken) next).lock().release();
    }

    @Test
    void aHolderThatEndsNormallyLetsGoAndTheSameProcessCannotTakeItTwice() throws Exception {
        startHolder();
        holder.getOutputStream().close(); // the holder's normal end
        assertThat(holder.waitFor()).isZero();
        DataFolderLock.Outcome first = DataFolderLock.tryTake(home);
        assertThat(first).isInstanceOf(DataFolderLock.Taken.class);
        assertThat(DataFolderLock.tryTake(home)).isInstanceOf(DataFolderLock.HeldElsewhere.class);
        ((DataFolderLock.Taken) first).lock().release();
        DataFolderLock.Outcome again = DataFolderLock.tryTake(home);
        assertThat(again).isInstanceOf(DataFolderLock.Taken.class);
        ((DataFolderLock.Taken) again).lock().release();
    }

    @Test
    void aFolderThatCannotBeMadeIsNotLockableAndTheAppStartsAnyway() throws IOException {
        Path file = Files.writeString(home.resolve("not-a-folder"), "x");
        DataFolderLock.Outcome outcome = DataFolderLock.tryTake(file.resolve("home"));
        assertThat(outcome).isInstanceOf(DataFolderLock.NotLockable.class);
        assertThat(((DataFolderLock.NotLockable) outcome).reason())
                .isEqualTo(file.resolve("home") + ": a file is in the way where a folder should be");
    }
}
