package org.physiokiosk.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.physiokiosk.common.DocumentFile;

/**
 * The file a command writes: the PDF of {@code export}, the PNG of {@code gallery}. Checked before any slow work,
 * so a typo costs nothing: a folder, a device (an atomic move run as root once replaced {@code /dev/full} with a
 * PDF) or an existing file of another kind (a saved program given as {@code --out} by mistake) is refused, never
 * replaced. Filled through a hidden temp file beside it and moved into place; a stop (Ctrl-C) while writing
 * removes that temp file too.
 */
final class OutputFile {

    /** What a command writes: how such a file begins, and a name to suggest. */
    enum Kind {
        PDF("%PDF-", "handout.pdf"),
        PNG("\u0089PNG", "sheet.png");

        private final byte[] magic;
        private final String example;

        Kind(String magic, String example) {
            this.magic = magic.getBytes(StandardCharsets.ISO_8859_1);
            this.example = example;
        }
    }

    private OutputFile() {}

    /** Why {@code out} must not be written as a PDF, or empty when it may. */
    static Optional<String> refusal(Path out) {
        return refusal(out, Kind.PDF);
    }

    /** Why {@code out} must not be written as a file of this kind, or empty when it may. */
    static Optional<String> refusal(Path out, Kind kind) {
        Path target = out.toAbsolutePath().normalize();
        if (target.getFileName() == null || out.toString().isBlank()) {
            return Optional.of("'" + out + "' is not a file name; give one such as " + kind.example);
        }
        if (Files.isDirectory(target)) {
            return Optional.of(out + " is a folder; give a file name in it, such as " + out.resolve(kind.example));
        }
        Path folder = target.getParent();
        if (!Files.isDirectory(folder)) {
            return Optional.of("cannot write " + out + ": "
                    + (Files.exists(folder) ? folder + " is not a folder" : "no such folder " + folder));
        }
        if (Files.exists(target) && !Files.isRegularFile(target)) {
            return Optional.of(out + " is not an ordinary file (a device or a pipe); it is left as it is");
        }
        if (Files.isRegularFile(target) && !isOfKindOrEmpty(target, kind)) {
            return Optional.of(out + " exists and is not a " + kind + "; it is left as it is (choose another name)");
        }
        return Optional.empty();
    }

    /** Writes {@code body} to {@code out} whole or not at all, as a document (decision 0048). */
    static void write(Path out, DocumentFile.Body body) throws IOException {
        DocumentFile.write(out, body);
    }

    private static boolean isOfKindOrEmpty(Path file, Kind kind) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(kind.magic.length);
            return head.length == 0 || Arrays.equals(head, kind.magic);
        } catch (IOException e) {
            return true; // not readable here: the write itself says what is wrong with it
        }
    }
}
