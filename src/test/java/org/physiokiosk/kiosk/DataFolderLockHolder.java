package org.physiokiosk.kiosk;

import java.io.IOException;
import java.nio.file.Path;

/** A second process for {@link DataFolderLockTest}: takes the folder's lock, says "held", and waits to be ended. */
public final class DataFolderLockHolder {

    private DataFolderLockHolder() {}

    public static void main(String[] args) throws IOException {
        DataFolderLock.Outcome outcome = DataFolderLock.tryTake(Path.of(args[0]));
        System.out.println(outcome instanceof DataFolderLock.Taken ? "held" : "not held: " + outcome);
        System.out.flush();
        while (System.in.read() >= 0) {
            // holds the lock until stdin closes or the process is killed
        }
        if (outcome instanceof DataFolderLock.Taken taken) {
            taken.lock().release();
        }
    }
}
