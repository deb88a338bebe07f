package org.physiokiosk.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Folders that screen walks write programs, logs and handouts into, and remove afterwards.
 *
 * <p>Not JUnit's {@code @TempDir}: a walk's background workers (the program store's warm-up, the log handler, a
 * preview render) may still touch the folder while it is removed, and {@code @TempDir} turns a file that appears
 * during clean-up into a failed test. Here removal is best effort: a CI machine gets its {@code /tmp} back (the
 * walks left about twenty folders per run, some with test patients' handouts in them) without a test depending
 * on when a worker ends.
 */
public final class TempFolders {

    private TempFolders() {}

    public static Path create(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes the folder and everything in it; what cannot be removed now is left, never reported as a failure. */
    public static void remove(Path folder) {
        if (folder == null || !Files.exists(folder)) {
            return;
        }
        List<Path> paths;
        try (Stream<Path> all = Files.walk(folder)) {
            paths = all.sorted(Comparator.reverseOrder()).toList();
        } catch (IOException | UncheckedIOException e) {
            return;
        }
        for (Path path : paths) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException e) {
                // a worker still writing: the next pass of the OS's tmp cleaner takes it
            }
        }
    }
}
