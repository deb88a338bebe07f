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
 * The PDF that {@code export} writes. Checked before any slow work, so a typo costs nothing: a folder, a device
 * (an atomic move run as root once replaced {@code /dev/full} with a PDF) or an existing file that is not a PDF
 * (a saved program given as {@code --out} by mistake) is refused, never replaced. Filled through a hidden temp
 * file beside it and moved into place; a stop (Ctrl-C) while writing removes that temp file too.
 */
final class OutputFile {

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    private OutputFile() {}

    /** Why {@code out} must not be written, or empty when it may. */
    static Optional<String> refusal(Path out) {
        Path target = out.toAbsolutePath().normalize();
        if (target.getFileName() == null || out.toString().isBlank()) {
            return Optional.of("'" + out + "' is not a file name; give one such as handout.pdf");
        }
        if (Files.isDirectory(target)) {
            return Optional.of(out + " is a folder; give a file name in it, such as " + out.resolve("handout.pdf"));
        }
        Path folder = target.getParent();
        if (!Files.isDirectory(folder)) {
            return Optional.of("cannot write " + out + ": "
                    + (Files.exists(folder) ? folder + " is not a folder" : "no such folder " + folder));
        }
        if (Files.exists(target) && !Files.isRegularFile(target)) {
            return Optional.of(out + " is not an ordinary file (a device or a pipe); it is left as it is");
        }
        if (Files.isRegularFile(target) && !isPdfOrEmpty(target)) {
            return Optional.of(out + " exists and is not a PDF; it is left as it is (choose another name)");
        }
        return Optional.empty();
    }

    /** Writes {@code body} to {@code out} whole or not at all, as a document (decision 0048). */
    static void write(Path out, DocumentFile.Body body) throws IOException {
        DocumentFile.write(out, body);
    }

    private static boolean isPdfOrEmpty(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(PDF_MAGIC.length);
            return head.length == 0 || Arrays.equals(head, PDF_MAGIC);
        } catch (IOException e) {
            return true; // not readable here: the write itself says what is wrong with it
        }
    }
}
