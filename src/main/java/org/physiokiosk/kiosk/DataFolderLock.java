package org.physiokiosk.kiosk;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.OptionalLong;
import org.physiokiosk.common.FileErrors;

/**
 * One app per data folder (decision 0039): an operating-system lock on {@code <data>/app.lock}, held for the
 * life of the process. The OS lets go of it when the process ends in any way (quit, crash, kill, power cut), so
 * a lock left behind can never block a start; the file itself stays and means nothing. The file holds the
 * holder's process id, for the message of a refused start.
 *
 * <p>The lock covers one byte far past the file's end, not its text: on Windows a locked range cannot be read
 * by another process, and the second start wants to read the id.
 */
public final class DataFolderLock {

    public static final String FILE = "app.lock";
    private static final long LOCKED_BYTE = 1L << 40;

    /** What a try to take the lock came to. */
    public sealed interface Outcome {}

    /** This process holds the folder now; keep it referenced (a collected channel closes and lets go). */
    public record Taken(DataFolderLock lock) implements Outcome {}

    /** Another process holds it; its id when it could be read. */
    public record HeldElsewhere(OptionalLong pid) implements Outcome {}

    /** The folder cannot be locked (read-only, a file system without locks): the app starts anyway. */
    public record NotLockable(String reason) implements Outcome {}

    private final FileChannel channel;
    private final FileLock lock;

    private DataFolderLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Tries once, without waiting: a start never hangs on another app. */
    public static Outcome tryTake(Path dataFolder) {
        Path file = dataFolder.resolve(FILE);
        FileChannel channel = null;
        try {
            Files.createDirectories(dataFolder);
            // No TRUNCATE: the holder's id stays readable until this process holds the lock.
            channel = FileChannel.open(
                    file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock(LOCKED_BYTE, 1, false);
            } catch (OverlappingFileLockException sameProcess) {
                lock = null; // this JVM holds it already (only tests start twice in one process)
            }
            if (lock == null) {
                channel.close();
                return new HeldElsewhere(readPid(file));
            }
            channel.truncate(0);
            channel.write(
                    ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)), 0);
            channel.force(false);
            return new Taken(new DataFolderLock(channel, lock));
        } catch (IOException e) {
            closeQuietly(channel);
            return new NotLockable(dataFolder + ": " + FileErrors.describe(e));
        } catch (UnsupportedOperationException e) {
            closeQuietly(channel);
            return new NotLockable(dataFolder + ": this file system has no file locks");
        }
    }

    private static OptionalLong readPid(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.US_ASCII).strip();
            return text.matches("\\d{1,19}") ? OptionalLong.of(Long.parseLong(text)) : OptionalLong.empty();
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty(); // the id is only for the message
        }
    }

    /** Lets go (tests; the app itself keeps it until the process ends). */
    public void release() {
        try {
            lock.release();
        } catch (IOException e) {
            // closing the channel below lets go as well
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // nothing more to let go of
            }
        }
    }

    /** The one line a refused start prints and logs, for the person at the screen or reading the log. */
    public static String refusal(Path dataFolder, OptionalLong pid) {
        return "PhysioKiosk is already running on this data folder (" + dataFolder.toAbsolutePath()
                + Optional.of(pid)
                        .filter(OptionalLong::isPresent)
                        .map(id -> ", process " + id.getAsLong())
                        .orElse("")
                + "); this second start stops here. One app per data folder: close the other one first.";
    }
}
