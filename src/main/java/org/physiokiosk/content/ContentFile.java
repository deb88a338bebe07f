package org.physiokiosk.content;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.physiokiosk.content.ContentProblem.Severity;

/**
 * One content file's text and the problems found in it. Problems are recorded against a JSON pointer and
 * turned into line and column only when asked for: a clean file, the common case, is never scanned twice.
 */
final class ContentFile {

    private static final JsonFactory LOCATING_FACTORY = new JsonFactory();

    private final String name;
    private final byte[] bytes;
    private final List<Pending> pending = new ArrayList<>();
    private int errorCount;

    private record Pending(JsonPath at, Severity severity, String message) {
    }

    ContentFile(String name, byte[] bytes) {
        this.name = name;
        this.bytes = bytes;
    }

    String name() {
        return name;
    }

    void error(JsonPath at, String message) {
        errorCount++;
        pending.add(new Pending(at, Severity.ERROR, message));
    }

    void warning(JsonPath at, String message) {
        pending.add(new Pending(at, Severity.WARNING, message));
    }

    boolean hasErrors() {
        return errorCount > 0;
    }

    /** How many errors so far; comparing two counts tells whether one item of a list file had any. */
    int errorCount() {
        return errorCount;
    }

    /** The recorded problems, each located in the text; then forgets them. */
    List<ContentProblem> drainProblems() {
        List<ContentProblem> located = new ArrayList<>(pending.size());
        for (Pending p : pending) {
            JsonLocation where = locate(p.at().toPointer());
            located.add(new ContentProblem(name, Math.max(1, where.getLineNr()), Math.max(1, where.getColumnNr()),
                    p.severity(), p.message()));
        }
        pending.clear();
        return located;
    }

    /**
     * Where the value at {@code pointer} starts; for a field, where its name starts. Falls back to the
     * start of the file when the pointer is not found (it always is for pointers the readers make).
     */
    private JsonLocation locate(JsonPointer pointer) {
        // Parsed from the decoded text, not the bytes, so columns count characters. The file parsed
        // before, so it is valid UTF-8.
        int start = JsonFileReader.hasByteOrderMark(bytes) ? 3 : 0;
        String text = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
        try (JsonParser parser = LOCATING_FACTORY.createParser(text)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                boolean valueOrName = token == JsonToken.FIELD_NAME || !token.isStructEnd();
                if (valueOrName && parser.getParsingContext().pathAsPointer().equals(pointer)) {
                    return parser.currentTokenLocation();
                }
            }
        } catch (IOException e) {
            // Only files that parsed are located, so this cannot happen; the file start is a safe answer.
        }
        return new JsonLocation(null, 0, 1, 1);
    }
}
