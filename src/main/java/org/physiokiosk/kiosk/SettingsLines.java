package org.physiokiosk.kiosk;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The lines of a settings file as a clinic's IT person writes them in Notepad: {@code key=value} or
 * {@code key: value}, comments after {@code #} or {@code !} at the start of a line. Unlike
 * {@link java.util.Properties}, a backslash is a plain character, so {@code C:\Clinic\content} stays a
 * Windows path; and a file saved as Windows-1252 instead of UTF-8 is read with a warning instead of dropped.
 */
final class SettingsLines {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /**
     * The values by key (the last one wins), the line each value was read from (1 for the first), and what was
     * odd about the file, with line numbers.
     */
    record Parsed(Map<String, String> values, Map<String, Integer> lines, List<String> problems) {}

    private SettingsLines() {}

    static Parsed parse(byte[] bytes, String fileName) {
        List<String> problems = new ArrayList<>();
        String text = decode(bytes, fileName, problems);
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, Integer> lineNumbers = new LinkedHashMap<>();
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("!")) {
                continue;
            }
            int separator = firstSeparator(line);
            if (separator <= 0) {
                problems.add(fileName + ":" + (i + 1) + ": not a 'key=value' line; ignored");
                continue;
            }
            String key = line.substring(0, separator).strip();
            String value = line.substring(separator + 1).strip();
            if (values.containsKey(key)) {
                problems.add(fileName + ":" + (i + 1) + ": '" + key + "' is set twice; the last value is used");
            }
            values.put(key, value);
            lineNumbers.put(key, i + 1);
        }
        return new Parsed(values, lineNumbers, problems);
    }

    /**
     * The file's text with {@code line} added at its end, every line, comment and blank line before it kept as it
     * was, in the file's own line endings. Empty when the bytes are not a text file (zero bytes): nothing is to be
     * written over it.
     */
    static Optional<String> withLineAdded(byte[] bytes, String line) {
        if (utf16Of(bytes) == null && contains(bytes, (byte) 0)) {
            return Optional.empty();
        }
        String text = decode(bytes, "", new ArrayList<>());
        String newline = text.contains("\r\n") ? "\r\n" : "\n";
        boolean ended = text.isEmpty() || text.endsWith("\n") || text.endsWith("\r");
        return Optional.of(text + (ended ? "" : newline) + line + newline);
    }

    private static int firstSeparator(String line) {
        int equals = line.indexOf('=');
        int colon = line.indexOf(':');
        // "contentFolder=C:\Clinic" has its colon in the value: the separator is whichever comes first.
        if (equals < 0) {
            return colon;
        }
        return colon < 0 ? equals : Math.min(equals, colon);
    }

    private static String decode(byte[] bytes, String fileName, List<String> problems) {
        // Notepad's "Unicode" is UTF-16 (with a byte order mark); read as UTF-8 its every key looked unknown.
        Charset utf16 = utf16Of(bytes);
        if (utf16 != null) {
            return new String(bytes, utf16).replace("\uFEFF", "");
        }
        if (contains(bytes, (byte) 0)) {
            problems.add(fileName + ": holds zero bytes, so it is not a text file; ignored (demo settings)");
            return "";
        }
        int start =
                bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF
                        ? 3
                        : 0;
        ByteBuffer buffer = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(buffer)
                    .toString();
        } catch (CharacterCodingException e) {
            problems.add(
                    fileName + ": not saved as UTF-8; read as Windows-1252 (save it as UTF-8 to be sure of accents)");
            return new String(bytes, start, bytes.length - start, WINDOWS_1252);
        }
    }

    /** UTF-16 by its byte order mark, or by the zero byte beside every ASCII letter; null when neither. */
    private static Charset utf16Of(byte[] bytes) {
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        if (bytes.length < 2 || bytes.length % 2 != 0) {
            return null;
        }
        int evenZeros = 0, oddZeros = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                if (i % 2 == 0) {
                    evenZeros++;
                } else {
                    oddZeros++;
                }
            }
        }
        int half = bytes.length / 2;
        if (evenZeros == 0 && oddZeros > half / 2) {
            return StandardCharsets.UTF_16LE;
        }
        if (oddZeros == 0 && evenZeros > half / 2) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private static boolean contains(byte[] bytes, byte wanted) {
        for (byte b : bytes) {
            if (b == wanted) {
                return true;
            }
        }
        return false;
    }
}
