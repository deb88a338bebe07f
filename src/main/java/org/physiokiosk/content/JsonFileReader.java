package org.physiokiosk.content;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
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
import java.util.List;
import java.util.Locale;
import org.physiokiosk.content.ContentProblem.Severity;

/**
 * Reads one file into a JSON tree, or says precisely why it cannot: not a regular file, too large, empty,
 * not UTF-8, not JSON, more than one JSON value. A named pipe, socket or device is reported without being
 * opened, so a stray one cannot make loading wait forever. The text is decoded strictly before parsing, so
 * columns count characters (é is one, not two) and no other encoding slips through Jackson's detection of
 * UTF-16 and UTF-32.
 */
final class JsonFileReader {

    static final long MAX_FILE_BYTES = 1024 * 1024;

    record Parsed(ContentFile file, JsonNode tree) {}

    /**
     * For the first, quick parse: a repeated key is caught where the tree is built (the map insert returns the
     * earlier value, free) instead of by the parser's duplicate detector, which hashed every key a second time.
     * Its own mapper: a reader of the strict mapper keeps the parser's detector even when told not to. Any
     * failure falls back to {@link #parse} with the strict mapper, whose message and location are reported.
     */
    private static final ObjectMapper QUICK =
            new ObjectMapper().enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);

    private final ObjectMapper mapper;
    private final List<ContentProblem> problems;

    JsonFileReader(ObjectMapper mapper, List<ContentProblem> problems) {
        this.mapper = mapper;
        this.problems = problems;
    }

    /** The parsed file, or null with the reason added to the problems. */
    Parsed read(Path path, String name) {
        byte[] bytes;
        try {
            BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
            if (!attributes.isRegularFile()) {
                return fail(
                        name,
                        1,
                        1,
                        attributes.isDirectory()
                                ? "a folder where a content file belongs; skipped"
                                : "not a regular file (a named pipe, socket or device); skipped without reading it");
            }
            if (attributes.size() > MAX_FILE_BYTES) {
                return tooLarge(name, attributes.size());
            }
            try (InputStream in = Files.newInputStream(path)) {
                // Never more than the limit, whatever the size said: a file may grow while it is read.
                bytes = in.readNBytes((int) MAX_FILE_BYTES + 1);
            }
            if (bytes.length > MAX_FILE_BYTES) {
                return tooLarge(name, bytes.length);
            }
        } catch (IOException e) {
            return fail(name, 1, 1, "cannot read the file: " + e.getMessage());
        }
        int start = hasByteOrderMark(bytes) ? 3 : 0;
        if (isBlank(bytes, start)) {
            return fail(name, 1, 1, "file is empty; expected a JSON object");
        }
        if (!isUtf8(bytes, start, name)) {
            return null;
        }
        JsonNode tree = parseQuickly(bytes, start);
        if (tree != null) {
            return new Parsed(new ContentFile(name, bytes, start), tree);
        }
        return parse(name, new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8));
    }

    /**
     * The tree, parsed straight from the checked bytes (about a third faster than from the text); null when
     * anything is wrong, and {@link #parse} then parses the text again to say where, in characters.
     */
    private JsonNode parseQuickly(byte[] bytes, int start) {
        try (JsonParser parser = QUICK.createParser(bytes, start, bytes.length - start)) {
            JsonNode tree = QUICK.readTree(parser);
            return parser.nextToken() == null ? tree : null;
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
            return new Parsed(new ContentFile(name, text), tree);
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
    private boolean isUtf8(byte[] bytes, int start, String name) {
        if (Utf8.firstInvalidByte(bytes, start) < 0 && !startsLikeUtf16(bytes)) {
            return true; // the common case, checked without decoding; zero bytes are ruled out below otherwise
        }
        return decode(bytes, start, name) != null;
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
