package org.physiokiosk.content;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.physiokiosk.content.ContentProblem.Severity;

/**
 * Reads one file into a JSON tree, or says precisely why it cannot: too large, empty, not UTF-8, not JSON.
 * The happy path hands the raw bytes straight to Jackson, which checks UTF-8 as it parses; only a failure
 * pays for decoding the text again to report the exact spot in characters rather than bytes.
 */
final class JsonFileReader {

    static final long MAX_FILE_BYTES = 1024 * 1024;

    record Parsed(ContentFile file, JsonNode tree) {
    }

    private final ObjectMapper mapper;
    private final List<ContentProblem> problems;

    JsonFileReader(ObjectMapper mapper, List<ContentProblem> problems) {
        this.mapper = mapper;
        this.problems = problems;
    }

    /** The parsed file, or null with the reason added to the problems. */
    Parsed read(Path path, String name) {
        byte[] bytes;
        try (SeekableByteChannel channel = Files.newByteChannel(path)) {
            long size = channel.size();
            if (size > MAX_FILE_BYTES) {
                return fail(name, 1, 1, String.format(Locale.ROOT, "file is %.1f MiB; a content file may be at most 1 MiB",
                        size / (1024.0 * 1024.0)));
            }
            ByteBuffer buffer = ByteBuffer.allocate((int) size);
            while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
                // read until full: size was checked above
            }
            bytes = buffer.array();
        } catch (IOException e) {
            return fail(name, 1, 1, "cannot read the file: " + e.getMessage());
        }
        if (isBlank(bytes)) {
            return fail(name, 1, 1, "file is empty; expected a JSON object");
        }
        try {
            return new Parsed(new ContentFile(name, bytes), mapper.readTree(bytes));
        } catch (JsonProcessingException e) {
            String text = decodeStrictly(bytes, name);
            return text == null ? null : reportJsonError(name, text);
        } catch (IOException e) {
            return fail(name, 1, 1, "cannot read the file: " + e.getMessage());
        }
    }

    /** Parses the decoded text again, so the column of the error counts characters (é is one, not two). */
    private Parsed reportJsonError(String name, String text) {
        try {
            mapper.readTree(text);
            return fail(name, 1, 1, "not valid JSON");
        } catch (JsonProcessingException e) {
            var where = e.getLocation();
            int line = where == null ? 1 : Math.max(1, where.getLineNr());
            int column = where == null ? 1 : Math.max(1, where.getColumnNr());
            String message = e.getOriginalMessage();
            int newline = message.indexOf('\n');
            return fail(name, line, column, "not valid JSON: " + (newline < 0 ? message : message.substring(0, newline)));
        }
    }

    /** Strict UTF-8: a wrong byte is reported where it stands, never replaced by a guess. */
    private String decodeStrictly(byte[] bytes, String name) {
        int start = hasByteOrderMark(bytes) ? 3 : 0;
        ByteBuffer buffer = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(buffer).toString();
        } catch (CharacterCodingException e) {
            int offset = buffer.position();
            int line = 1;
            int lineStart = start;
            for (int i = start; i < offset; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            int badBytes = e instanceof MalformedInputException m ? m.getInputLength() : 1;
            fail(name, line, offset - lineStart + 1, String.format(Locale.ROOT,
                    "not UTF-8 text (byte 0x%02X at offset %d%s); save the file as UTF-8", bytes[offset] & 0xFF, offset,
                    badBytes > 1 ? ", " + badBytes + " bytes" : ""));
            return null;
        }
    }

    static boolean hasByteOrderMark(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
    }

    private static boolean isBlank(byte[] bytes) {
        for (int i = hasByteOrderMark(bytes) ? 3 : 0; i < bytes.length; i++) {
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
