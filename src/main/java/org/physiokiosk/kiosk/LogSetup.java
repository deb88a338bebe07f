package org.physiokiosk.kiosk;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.logging.FileHandler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.physiokiosk.common.FileErrors;

/**
 * Sends the app's log to rotating files in the data folder ({@code logs/physiokiosk-0.log}, five files of
 * at most 1 MiB), and logs every uncaught exception there instead of letting it end the app. The kiosk logs
 * what it does, never who uses it: no patient names or program contents are logged.
 */
public final class LogSetup {

    private static final int FILE_LIMIT_BYTES = 1024 * 1024;
    private static final int FILE_COUNT = 5;

    /**
     * JavaFX's own loggers write node contents into their debug lines (a CSS trace prints a Text node with its
     * words, e.g. the patient's name in the builder), so they speak only from WARNING up, whatever the root's
     * level. Held here: a logger's level is lost when nothing references the logger.
     */
    private static final List<Logger> TOOLKIT_LOGGERS =
            List.of(Logger.getLogger("javafx"), Logger.getLogger("com.sun.javafx"));

    static {
        TOOLKIT_LOGGERS.forEach(logger -> logger.setLevel(Level.WARNING));
    }

    private LogSetup() {}

    /**
     * Adds one WARNING line to the current log file without taking over the log: for a start that stops at
     * once because another app holds the data folder (its own handler would open a second log file beside the
     * first one's). One short appended write; the running app's handler appends too, so nothing is overwritten.
     */
    public static void appendWarning(Path folder, String source, String line) {
        String stamp = java.time.LocalDateTime.now().withNano(0).toString().replace('T', ' ');
        try {
            createOwnerOnly(folder);
            Files.writeString(
                    folder.resolve("physiokiosk-0.log"),
                    stamp + " WARNING " + source + ": " + line + System.lineSeparator(),
                    java.nio.charset.StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException | RuntimeException e) {
            Logger.getLogger(source).log(Level.FINE, "cannot add to the log in " + folder, e);
        }
    }

    /**
     * The log folder, made readable by this user only when the app makes it: a log holds no patient's name, but
     * it is the app's own record of a clinic's day, like the PIN and the programs beside it (decision 0048), and
     * a log file takes the folder's reach. A folder that is already there keeps the permissions it has.
     */
    static void createOwnerOnly(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            return;
        }
        Path parent = folder.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        if (parent != null && Files.getFileStore(parent).supportsFileAttributeView(PosixFileAttributeView.class)) {
            Files.createDirectory(
                    folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } else {
            Files.createDirectories(folder);
        }
    }

    /** Returns false (and keeps logging to the console) when the log folder cannot be written. */
    public static boolean toFolder(Path folder) {
        System.setProperty("java.util.logging.SimpleFormatter.format", "%1$tF %1$tT %4$s %3$s: %5$s%6$s%n");
        Logger root = Logger.getLogger("");
        try {
            createOwnerOnly(folder);
            FileHandler handler = new FileHandler(
                    folder.resolve("physiokiosk-%g.log").toString(), FILE_LIMIT_BYTES, FILE_COUNT, true);
            handler.setFormatter(new SimpleFormatter());
            handler.setEncoding("UTF-8");
            handler.setLevel(Level.INFO);
            root.addHandler(handler);
            return true;
        } catch (IOException | SecurityException e) {
            // One line: the reader is the clinic's administrator at a console, and a stack trace says nothing to them.
            String why = e instanceof IOException io ? FileErrors.describe(io) : String.valueOf(e.getMessage());
            root.log(
                    Level.WARNING,
                    () -> "cannot write logs to " + folder + " (" + why + "); logging to the console only");
            return false;
        } finally {
            Thread.setDefaultUncaughtExceptionHandler((thread, error) -> Logger.getLogger("org.physiokiosk")
                    .log(Level.SEVERE, "uncaught on thread " + thread.getName(), error));
        }
    }
}
