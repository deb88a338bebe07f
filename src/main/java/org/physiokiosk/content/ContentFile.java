package org.physiokiosk.content;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.physiokiosk.content.ContentProblem.Severity;

/**
 * One content file's text and the problems found in it. Problems are recorded against a JSON path and
 * turned into line and column only when asked for: a clean file, the common case, is never scanned twice.
 * A file with problems is scanned once more for all of them together, so locating grows with the size of
 * the file, not with the size times the number of problems (78,000 problems once took minutes).
 */
final class ContentFile {

    private static final JsonFactory LOCATING_FACTORY = new JsonFactory();
    private static final JsonLocation FILE_START = new JsonLocation(null, 0, 1, 1);

    /** How reports name the file, made the first time it is needed: a clean file (nearly all) never is. */
    private final Supplier<String> naming;

    private String name;
    private final byte[] bytes;
    private final boolean mayHideCharacters;
    private final int start;
    private String text;
    private final List<Pending> pending = new ArrayList<>();
    private int errorCount;

    private record Pending(JsonPath at, Severity severity, String message) {}

    /** {@code text} is the file's content as decoded, without a byte order mark: columns count its characters. */
    ContentFile(String name, String text) {
        this(() -> name, null, 0, true);
        this.text = text;
    }

    /**
     * {@code bytes} are checked UTF-8 from {@code start} (after a byte order mark), decoded only to locate problems;
     * {@code mayHideCharacters} is what the check found.
     */
    ContentFile(Supplier<String> naming, byte[] bytes, int start, boolean mayHideCharacters) {
        this.naming = naming;
        this.mayHideCharacters = mayHideCharacters;
        this.bytes = bytes;
        this.start = start;
    }

    private String text() {
        if (text == null) {
            text = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
        }
        return text;
    }

    /**
     * Whether a text of this file can hold an invisible character at all (see {@link Utf8}); when not, the
     * readers skip looking for one character by character. A file known only as text says yes.
     */
    boolean mayHideCharacters() {
        return mayHideCharacters;
    }

    String name() {
        if (name == null) {
            name = naming.get();
        }
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

    /** The recorded problems, each located in the text, in the order recorded; then forgets them. */
    List<ContentProblem> drainProblems() {
        if (pending.isEmpty()) {
            return List.of();
        }
        Map<String, JsonLocation> wanted = new HashMap<>();
        for (Pending p : pending) {
            wanted.put(p.at().toString(), null);
        }
        locateAll(wanted);
        List<ContentProblem> located = new ArrayList<>(pending.size());
        for (Pending p : pending) {
            JsonLocation where = wanted.get(p.at().toString());
            if (where == null) {
                where = FILE_START;
            }
            located.add(new ContentProblem(
                    name(),
                    Math.max(1, where.getLineNr()),
                    Math.max(1, where.getColumnNr()),
                    p.severity(),
                    p.message()));
        }
        pending.clear();
        return located;
    }

    /**
     * Fills in where each wanted pointer's value starts; for a field, where its name starts. A pointer that
     * is not found (the readers only make pointers that exist) stays null and is reported at the file start.
     */
    private void locateAll(Map<String, JsonLocation> wanted) {
        int left = wanted.size();
        try (JsonParser parser = LOCATING_FACTORY.createParser(text())) {
            JsonToken token;
            while (left > 0 && (token = parser.nextToken()) != null) {
                boolean valueOrName = token == JsonToken.FIELD_NAME || !token.isStructEnd();
                if (!valueOrName) {
                    continue;
                }
                String pointer = parser.getParsingContext().pathAsPointer().toString();
                if (wanted.containsKey(pointer) && wanted.get(pointer) == null) {
                    wanted.put(pointer, parser.currentTokenLocation());
                    left--;
                }
            }
        } catch (IOException e) {
            // Only files that parsed are located, so this cannot happen; the file start is a safe answer.
        }
    }
}
