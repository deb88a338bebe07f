package org.physiokiosk.program;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.physiokiosk.common.FileErrors;

/**
 * Makes "check the stored revision, then write" one step for everyone using a folder: threads of this
 * program (any number of stores on the same folder) and other programs on this PC (an OS file lock on
 * {@code .lock}). Without it two saves of the same revision could both pass the check, and one be lost.
 */
final class FolderLock {

    interface Action<T> {
        T run() throws ProgramStoreException;
    }

    /** A Java file lock is held per process, not per thread: threads queue here first. */
    private static final ConcurrentHashMap<Path, ReentrantLock> IN_THIS_PROCESS = new ConcurrentHashMap<>();

    static final String FILE = ".lock";

    private FolderLock() {}

    static <T> T holding(Path folder, Action<T> action) throws ProgramStoreException {
        Path key = folder.toAbsolutePath().normalize();
        ReentrantLock lock = IN_THIS_PROCESS.computeIfAbsent(key, k -> new ReentrantLock());
        lock.lock();
        try (FileChannel channel =
                        FileChannel.open(key.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock held = channel.lock()) {
            return action.run();
        } catch (IOException e) {
            throw new ProgramStoreException("could not lock " + key + " for saving: " + FileErrors.describe(e), e);
        } finally {
            lock.unlock();
        }
    }
}
