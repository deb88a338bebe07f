package org.physiokiosk.program;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a whole file or nothing: the bytes go to a temporary file in the same folder (so the move stays on
 * one file system), which then replaces the target in one atomic rename. A crash or a full disk leaves the
 * previous file as it was, plus at most a hidden ".tmp" file that no reader looks at.
 */
final class AtomicFile {

    /** Fills the temporary file; tests put a failing one here to play a full disk. */
    interface Filler {
        void fill(Path temp, byte[] bytes) throws IOException;
    }

    static final Filler SYNCED = (temp, bytes) -> {
        try (FileChannel channel =
                FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            // On disk before the rename, or a power cut could leave a renamed but empty file.
            channel.force(true);
        }
    };

    private final Filler filler;

    AtomicFile(Filler filler) {
        this.filler = filler;
    }

    void write(Path target, byte[] bytes) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Path temp = Files.createTempFile(folder, ".", ".tmp");
        try {
            filler.fill(temp, bytes);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
