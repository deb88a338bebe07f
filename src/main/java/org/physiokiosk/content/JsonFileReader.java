package org.physiokiosk.content;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.physiokiosk.content.ContentProblem.Severity;

/**
 * Reads one file into the loader's light JSON tree ({@link JsonTree}), or says precisely why it cannot: not a regular file, too large, empty,
 * not UTF-8, not JSON, more than one JSON value. A named pipe, socket or device is reported without being
 * opened, so a stray one cannot make loading wait forever. The text is decoded strictly before parsing, so
 * columns count characters (é is one, not two) and no other encoding slips through Jackson's detection of
 * UTF-16 and UTF-32.
 */
final class JsonFileReader {

    static final long MAX_FILE_BYTES = 1024 * 1024;

    record Parsed(ContentFile file, Object tree) {}

    /**
     * For the first, quick parse: a repeated key is caught where the light tree is built ({@link JsonTree})
     * instead of by the parser's duplicate detector, which hashed every key a second time. Its own factory,
     * without that detector; field names interned (the default, spelled out because {@link JsonTree} compares
     * names by identity). Any failure falls back to {@link #parse} with the strict mapper, whose message and
     * location are reported.
     */
    private static final JsonFactory QUICK =
            JsonFactory.builder().enable(JsonFactory.Feature.INTERN_FIELD_NAMES).build();

    private final JsonTree trees = new JsonTree();
    private final List<ContentProblem> problems;

    JsonFileReader(List<ContentProblem> problems) {
        this.problems = problems;
    }

    /**
     * The parsed file, or null with the reason added to the problems. {@code attributes} are the entry's, from
     * the listing (null when not known): one stat per file, not two. The report name is made only when asked.
     */
    Parsed read(ContentRoot root, Path path, BasicFileAttributes attributes) {
        byte[] bytes;
        try {
            BasicFileAttributes known =
                    attributes != null ? attributes : Files.readAttributes(path, BasicFileAttributes.class);
            if (!known.isRegularFile()) {
                return fail(
                        root.display(path),
                        1,
                        1,
                        known.isDirectory()
                                ? "a folder where a content file belongs; skipped"
                                : "not a regular file (a named pipe, socket or device); skipped without reading it");
            }
            if (known.size() > MAX_FILE_BYTES) {
                return tooLarge(root.display(path), known.size());
            }
            bytes = readAtMostLimit(path, (int) known.size());
            if (bytes.length > MAX_FILE_BYTES) {
                return tooLarge(root.display(path), bytes.length);
            }
        } catch (IOException e) {
            return fail(root.display(path), 1, 1, "cannot read the file: " + e.getMessage());
        }
        int start = hasByteOrderMark(bytes) ? 3 : 0;
        if (isBlank(bytes, start)) {
            return fail(root.display(path), 1, 1, "file is empty; expected a JSON object");
        }
        Utf8.Scan scan = Utf8.scan(bytes, start);
        if (!isUtf8(scan, bytes, start, root, path)) {
            return null;
        }
        Object tree = parseQuickly(bytes, start);
        if (tree != null) {
            return new Parsed(new ContentFile(() -> root.display(path), bytes, start, scan.mayHide()), tree);
        }
        return parse(root.display(path), new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8));
    }

    /**
     * The file's bytes in an array of the size the listing gave, as {@code Files.readAllBytes} does (a buffer
     * of the limit, copied down, was a tenth of loading); never more than the limit plus one byte, whatever
     * the size said: a file may grow or shrink while it is read.
     */
    private static byte[] readAtMostLimit(Path path, int expected) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            byte[] bytes = new byte[expected];
            int read = in.readNBytes(bytes, 0, expected);
            if (read < expected) {
                return Arrays.copyOf(bytes, read);
            }
            int next = in.read();
            if (next < 0) {
                return bytes;
            }
            byte[] rest = in.readNBytes((int) MAX_FILE_BYTES - expected);
            byte[] grown = Arrays.copyOf(bytes, expected + 1 + rest.length);
            grown[expected] = (byte) next;
            System.arraycopy(rest, 0, grown, expected + 1, rest.length);
            return grown;
        }
    }

    /**
     * The light tree, built straight from the checked bytes (about a third faster than from the text); null
     * when anything is wrong, a repeated key included, and {@link #parse} then parses the text strictly to say
     * where, in characters.
     */
    private Object parseQuickly(byte[] bytes, int start) {
        try (JsonParser parser = QUICK.createParser(bytes, start, bytes.length - start)) {
            if (parser.nextToken() == null) {
                return null;
            }
            Object tree = trees.read(parser);
            return tree != null && parser.nextToken() == null ? tree : null;
        } catch (IOException e) {
            return null;
        }
    }

    private Parsed tooLarge(String name, long size) {
        return fail(
                name,
                1,
                1,
                String.format(
                        Locale.ROOT,
                        "file is %.1f MiB; a content file may be at most 1 MiB",
                        size / (1024.0 * 1024.0)));
    }

    /**
     * Exactly one JSON value and nothing after it but white space: "{...} junk" must not pass for "{...}".
     * Parses the decoded text, so a problem's column counts characters.
     */
    private Parsed parse(String name, String text) {
        ObjectMapper mapper = StrictMapper.get();
        try (JsonParser parser = mapper.createParser(text)) {
            JsonNode tree = mapper.readTree(parser);
            JsonLocation end = parser.currentLocation();
            try {
                if (parser.nextToken() != null) {
                    return trailing(name, parser.currentTokenLocation());
                }
            } catch (JsonProcessingException e) {
                return trailing(name, e.getLocation() == null ? end : e.getLocation());
            }
            return new Parsed(new ContentFile(name, text), JsonTree.of(tree));
        } catch (JsonProcessingException e) {
            var where = e.getLocation();
            int line = where == null ? 1 : Math.max(1, where.getLineNr());
            int column = where == null ? 1 : Math.max(1, where.getColumnNr());
            String message = e.getOriginalMessage();
            int newline = message.indexOf('\n');
            return fail(
                    name, line, column, "not valid JSON: " + (newline < 0 ? message : message.substring(0, newline)));
        } catch (IOException e) {
            return fail(name, 1, 1, "cannot read the file: " + e.getMessage());
        }
    }

    private Parsed trailing(String name, JsonLocation where) {
        return fail(
                name,
                Math.max(1, where.getLineNr()),
                Math.max(1, where.getColumnNr()),
                "not valid JSON: more text after the end of the JSON value; a content file holds exactly one {...} object");
    }

    /**
     * Strict UTF-8: a wrong byte is reported where it stands, never replaced by a guess. UTF-16 and UTF-32
     * (what some editors call "Unicode") get their own message, since their bytes are otherwise valid.
     */
    private boolean isUtf8(Utf8.Scan scan, byte[] bytes, int start, ContentRoot root, Path path) {
        if (scan.firstInvalidByte() < 0 && !startsLikeUtf16(bytes)) {
            return true; // the common case, checked without decoding; zero bytes are ruled out below otherwise
        }
        return decode(bytes, start, root.display(path)) != null;
    }

    private static boolean startsLikeUtf16(byte[] bytes) {
        return bytes.length >= 2
                && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE
                        || (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF);
    }

    private String decode(byte[] bytes, int start, String name) {
        if (startsLikeUtf16(bytes)) {
            fail(name, 1, 1, "UTF-16 text (it starts with a UTF-16 byte order mark); save the file as UTF-8");
            return null;
        }
        for (int i = start; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                reportAt(
                        bytes,
                        start,
                        i,
                        name,
                        "a zero byte (0x00) at offset " + i
                                + ": this looks like UTF-16 or UTF-32 text; save the file as UTF-8");
                return null;
            }
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(buffer)
                    .toString();
        } catch (CharacterCodingException e) {
            int offset = buffer.position();
            int badBytes = e instanceof MalformedInputException m ? m.getInputLength() : 1;
            reportAt(
                    bytes,
                    start,
                    offset,
                    name,
                    String.format(
                            Locale.ROOT,
                            "not UTF-8 text (byte 0x%02X at offset %d%s); save the file as UTF-8",
                            bytes[offset] & 0xFF,
                            offset,
                            badBytes > 1 ? ", " + badBytes + " bytes" : ""));
            return null;
        }
    }

    /** Reports at the line and column of byte {@code offset}; the column counts bytes, the text being undecodable. */
    private void reportAt(byte[] bytes, int start, int offset, String name, String message) {
        int line = 1;
        int lineStart = start;
        for (int i = start; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        fail(name, line, offset - lineStart + 1, message);
    }

    /**
     * A UTF-8 byte order mark is accepted and skipped: Windows Notepad wrote one for years, and it changes
     * nothing in the text. Columns count from after it.
     */
    static boolean hasByteOrderMark(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
    }

    private static boolean isBlank(byte[] bytes, int start) {
        for (int i = start; i < bytes.length; i++) {
            byte b = bytes[i];
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return true;
    }

    private Parsed fail(String name, int line, int column, String message) {
        problems.add(new ContentProblem(name, line, column, Severity.ERROR, message));
        return null;
    }
}
