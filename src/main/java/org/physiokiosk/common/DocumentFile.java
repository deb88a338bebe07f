package org.physiokiosk.common;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A document the therapist saves where they chose (an exported handout): written whole or not at all, through a
 * hidden temp file beside it and one move into place. It gets the permissions any new file gets in that folder
 * (the user's umask, the share's rules), and a file it replaces keeps its own: a colleague who could read last
 * week's handout in the clinic's folder can read this one (decision 0048). The app's own new files (programs, PIN,
 * settings) are not documents and are made owner-only; FirstSetup adds a line to an administrator's settings
 * file through here, so that file keeps its permissions.
 */
public final class DocumentFile {

    /** Writes the bytes of the document. */
    public interface Body {
        void writeTo(OutputStream stream) throws IOException;
    }

    private static final AtomicLong SERIAL = new AtomicLong();

    private DocumentFile() {}

    /** Writes {@code body} to {@code target}; a stop (Ctrl-C) while writing removes the temp file too. */
    public static void write(Path target, Body body) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path temp = newTempBeside(absolute);
        Thread removeOnStop = new Thread(() -> deleteQuietly(temp), "physiokiosk-document-cleanup");
        Runtime.getRuntime().addShutdownHook(removeOnStop);
        try {
            try (OutputStream stream = Files.newOutputStream(temp, StandardOpenOption.WRITE)) {
                body.writeTo(stream);
            }
            keepPermissionsOf(absolute, temp);
            moveIntoPlace(temp, absolute);
        } finally {
            deleteQuietly(temp);
            try {
                Runtime.getRuntime().removeShutdownHook(removeOnStop);
            } catch (IllegalStateException stopping) {
                // The JVM is stopping: the hook runs (or ran) and removes the temp file itself.
            }
        }
    }

    /**
     * Created as any new file is, not with {@code Files.createTempFile}, whose files are owner-only: that mode
     * would travel with the move and lock colleagues out of a shared folder.
     */
    private static Path newTempBeside(Path target) throws IOException {
        // Not the document's name: a therapist may have typed the patient's, and failures are logged.
        String stem = ".document-" + ProcessHandle.current().pid() + "-";
        while (true) {
            Path temp = target.resolveSibling(stem + SERIAL.incrementAndGet() + ".tmp");
            try {
                Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)
                        .close();
                return temp;
            } catch (FileAlreadyExistsException taken) {
                // Left by an earlier process with the same pid: try the next number.
            }
        }
    }

    private static void keepPermissionsOf(Path target, Path temp) {
        PosixFileAttributeView view = Files.getFileAttributeView(target, PosixFileAttributeView.class);
        if (view == null || !Files.isRegularFile(target)) {
            return; // not POSIX (Windows inherits the folder's rules), or a new file: as created
        }
        try {
            Files.setPosixFilePermissions(temp, view.readAttributes().permissions());
        } catch (IOException | UnsupportedOperationException e) {
            // Not ours to change (another owner's file on a share): the new file keeps what it was given.
        }
    }

    private static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // A hidden .tmp beside the document is all that stays; nothing reads it.
        }
    }
}
