package org.physiokiosk.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Optional;

/**
 * The PDF that {@code export} writes. Checked before any slow work, so a typo costs nothing: a folder, a device
 * (an atomic move run as root once replaced {@code /dev/full} with a PDF) or an existing file that is not a PDF
 * (a saved program given as {@code --out} by mistake) is refused, never replaced. Filled through a hidden temp
 * file beside it and moved into place; a stop (Ctrl-C) while writing removes that temp file too.
 */
final class OutputFile {

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    /** Writes the bytes of the document. */
    interface Body {
        void writeTo(OutputStream stream) throws IOException;
    }

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

    /** Writes {@code body} to {@code out} whole or not at all. */
    static void write(Path out, Body body) throws IOException {
        Path target = out.toAbsolutePath();
        Path temp = Files.createTempFile(target.getParent(), ".export-", ".pdf.tmp");
        Thread removeOnStop = new Thread(() -> deleteQuietly(temp), "physiokiosk-export-cleanup");
        Runtime.getRuntime().addShutdownHook(removeOnStop);
        try {
            try (OutputStream stream = Files.newOutputStream(temp)) {
                body.writeTo(stream);
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            deleteQuietly(temp);
            try {
                Runtime.getRuntime().removeShutdownHook(removeOnStop);
            } catch (IllegalStateException stopping) {
                // The JVM is stopping: the hook runs (or ran) and removes the temp file itself.
            }
        }
    }

    private static boolean isPdfOrEmpty(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(PDF_MAGIC.length);
            return head.length == 0 || Arrays.equals(head, PDF_MAGIC);
        } catch (IOException e) {
            return true; // not readable here: the write itself says what is wrong with it
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // A hidden .tmp beside the PDF is all that stays; the next export does not look at it.
        }
    }
}
