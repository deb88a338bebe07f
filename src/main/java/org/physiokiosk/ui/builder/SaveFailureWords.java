package org.physiokiosk.ui.builder;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.physiokiosk.program.FileProgramStore;
import org.physiokiosk.program.ProgramStore;
import org.physiokiosk.ui.i18n.Messages;

/**
 * Why a save failed, in the therapist's words (F26): the folder cannot be written, the disk is full, or
 * something else, naming the folder and never a temporary file. "Try again" is said only where it can help.
 * The technical cause goes to the log, not here.
 */
final class SaveFailureWords {

    /** What the failure means for the therapist; the message key says what they can do. */
    enum Cause {
        NO_PERMISSION("builder.save.noPermission"),
        DISK_FULL("builder.save.diskFull"),
        OTHER("builder.save.otherFailure");

        private final String key;

        Cause(String key) {
            this.key = key;
        }
    }

    private SaveFailureWords() {}

    static String of(Throwable failure, ProgramStore store, Messages messages) {
        Optional<Path> folder =
                store instanceof FileProgramStore files ? Optional.of(files.folder()) : Optional.empty();
        return of(failure, folder, messages);
    }

    /** {@code folder}: where the store writes, when known; else the folder named in the failure, if any. */
    static String of(Throwable failure, Optional<Path> folder, Messages messages) {
        String where = folder.or(() -> folderIn(failure))
                .map(path -> path.toAbsolutePath().normalize().toString())
                .orElse(messages.get("builder.save.unknownFolder"));
        return messages.format(causeOf(failure).key, where);
    }

    static Cause causeOf(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String text = String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT);
            if (text.contains("no space left") || text.contains("disk quota") || text.contains("not enough space")) {
                return Cause.DISK_FULL;
            }
            if (cause instanceof AccessDeniedException || text.contains("read-only file system")) {
                return Cause.NO_PERMISSION;
            }
        }
        return Cause.OTHER;
    }

    /** The folder of the file the failure names: a hidden temporary or lock file, or a program, stands for its folder. */
    private static Optional<Path> folderIn(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof FileSystemException files && files.getFile() != null) {
                Path path = Path.of(files.getFile());
                String name =
                        path.getFileName() == null ? "" : path.getFileName().toString();
                boolean file = name.startsWith(".") || name.endsWith(".json");
                return Optional.ofNullable(file ? path.getParent() : path);
            }
        }
        return Optional.empty();
    }
}
