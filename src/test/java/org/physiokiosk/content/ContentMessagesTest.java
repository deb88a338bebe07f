package org.physiokiosk.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every message a clinic can see, one case each: the files of a clinic folder laid over the small base
 * fixture, and the exact lines {@code validate} prints for them, nothing more. A new message gets a case here.
 * (A named pipe is in {@code HostileFolderTest}; it needs mkfifo.)
 */
class ContentMessagesTest {

    /** A valid exercise on one line, so a case changes one spot and the column says where. */
    static final String EXERCISE =
            "{\"schemaVersion\": 1, \"id\": \"ex\", \"title\": {\"nl\": \"Titel\", \"en\": \"Title\"},"
                    + " \"summary\": {\"nl\": \"Kort.\", \"en\": \"Short.\"}, \"regions\": [\"neck\"], \"category\": \"stretch\","
                    + " \"startPosition\": \"sitting\", \"steps\": [{\"text\": {\"nl\": \"Zit.\", \"en\": \"Sit.\"}, \"pose\": \"lying\","
                    + " \"seconds\": 2}], \"dose\": {\"reps\": 5, \"sets\": 1, \"holdSeconds\": 0, \"restSeconds\": 0, \"side\": \"none\","
                    + " \"timesPerDay\": 1}, \"sources\": [\"test-leaflet\"]}\n";

    static final String POSES = "{\"schemaVersion\": 1, \"poses\": [\n%s\n]}\n";
    static final String RED_FLAGS = "{\"schemaVersion\": 1, \"redFlags\": [\n%s\n]}\n";

    record Case(String name, Map<String, byte[]> files, List<String> expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    @TempDir
    Path clinic;

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void printsExactlyTheseLines(Case c) throws IOException {
        for (Map.Entry<String, byte[]> file : c.files().entrySet()) {
            Path path = clinic.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            if (file.getKey().endsWith("/")) {
                Files.createDirectories(path);
            } else {
                Files.write(path, file.getValue());
            }
        }
        LoadResult result = new ContentLoader().load(List.of(ContentFixtures.base(), ContentFixtures.clinic(clinic)));
        assertThat(result.problems()).map(ContentProblem::format).containsExactlyElementsOf(c.expected());
    }

    private static Case exercise(String name, String from, String to, String... expected) {
        if (!EXERCISE.contains(from)) {
            throw new IllegalArgumentException(name + ": the exercise holds no " + from);
        }
        return files(name, Map.of("exercises/ex.json", EXERCISE.replace(from, to)), expected);
    }

    private static Case poses(String name, String poses, String... expected) {
        return files(name, Map.of("poses/p.json", POSES.formatted(poses)), expected);
    }

    private static Case redFlags(String name, String flags, String... expected) {
        return files(name, Map.of("red-flags.json", RED_FLAGS.formatted(flags)), expected);
    }

    private static Case files(String name, Map<String, String> files, String... expected) {
        Map<String, byte[]> bytes = new LinkedHashMap<>();
        files.forEach((path, text) -> bytes.put(path, text.getBytes(StandardCharsets.UTF_8)));
        return new Case(name, bytes, Arrays.asList(expected));
    }

    private static Case bytes(String name, String path, byte[] content, String... expected) {
        return new Case(name, Map.of(path, content), Arrays.asList(expected));
    }

    private static byte[] concat(byte[] head, String tail) {
        byte[] rest = tail.getBytes(StandardCharsets.UTF_8);
        byte[] all = Arrays.copyOf(head, head.length + rest.length);
        System.arraycopy(rest, 0, all, head.length, rest.length);
        return all;
    }

    /** 60 bad source ids: the first 50 are listed, then one line counts the other 10. */
    private static String[] manyLines() {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < ContentLoader.MAX_PROBLEMS_PER_FILE; i++) {
            lines.add(
                    "clinic/exercises/ex.json:1:" + (387 + 5 * i)
                            + ": error: 'sources' must list ids, found \"X\": an id must"
                            + " be 2 to 64 lower case letters a-z and digits, in words joined by single dashes (like 'knee-to-chest-2')");
        }
        lines.add("clinic/exercises/ex.json:1:637: error: … and 10 more problems in this file (10 errors, 0 warnings)");
        return lines.toArray(String[]::new);
    }

    /** 60 notes in exercises/: 50 are listed, then one line counts the other 10. */
    private static Case manyIgnoredEntries() {
        Map<String, String> files = new LinkedHashMap<>();
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            String name = String.format("exercises/note-%02d.txt", i);
            files.put(name, "note");
            if (i < ContentLoader.MAX_PROBLEMS_PER_FILE) {
                lines.add("clinic/" + name + ":1:1: warning: not a .json file; ignored");
            }
        }
        lines.add(0, "clinic/exercises:1:1: warning: … and 10 more ignored entries in this folder");
        return files("at most 50 ignored entries per folder", files, lines.toArray(String[]::new));
    }

    static Stream<Case> cases() {
        List<Case> cases = new ArrayList<>();

        // The file as a whole
        cases.add(exercise("a valid exercise", "\"id\"", "\"id\""));
        cases.add(bytes(
                "empty file",
                "exercises/ex.json",
                new byte[0],
                "clinic/exercises/ex.json:1:1: error: file is empty; expected a JSON object"));
        cases.add(bytes(
                "too large",
                "exercises/ex.json",
                concat(new byte[0], " ".repeat(1024 * 1024) + EXERCISE),
                "clinic/exercises/ex.json:1:1: error: file is 1.0 MiB; a content file may be at most 1 MiB"));
        cases.add(
                exercise(
                        "trailing junk",
                        "[\"test-leaflet\"]}\n",
                        "[\"test-leaflet\"]}}}}} junk\n",
                        "clinic/exercises/ex.json:1:403: error: not valid JSON: more text after the end of the JSON value; a content file holds exactly one {...} object"));
        cases.add(
                exercise(
                        "a second object",
                        "[\"test-leaflet\"]}\n",
                        "[\"test-leaflet\"]}\n{\"schemaVersion\": 1}\n",
                        "clinic/exercises/ex.json:2:1: error: not valid JSON: more text after the end of the JSON value; a content file holds exactly one {...} object"));
        cases.add(
                exercise(
                        "malformed",
                        "\"sets\": 1,",
                        "\"sets\": 1",
                        "clinic/exercises/ex.json:1:303: error: not valid JSON: Unexpected character ('\"' (code 34)): was expecting comma to separate Object entries"));
        // The first parse catches a repeated key while building the tree; the message is the strict parser's.
        cases.add(exercise(
                "a repeated key in a nested object",
                "\"sets\": 1,",
                "\"sets\": 1, \"sets\": 2,",
                "clinic/exercises/ex.json:1:310: error: not valid JSON: Duplicate field 'sets'"));
        cases.add(exercise(
                "a repeated language in a text",
                "\"nl\": \"Titel\",",
                "\"nl\": \"Titel\", \"nl\": \"Titel\",",
                "clinic/exercises/ex.json:1:63: error: not valid JSON: Duplicate field 'nl'"));
        cases.add(bytes(
                "a UTF-8 byte order mark is accepted",
                "exercises/ex.json",
                concat(
                        new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                        EXERCISE.replace("\"reps\": 5", "\"reps\": 0")),
                "clinic/exercises/ex.json:1:282: error: 'reps' is 0; it must be from 1 to 100"));
        cases.add(
                bytes(
                        "UTF-16 with a byte order mark",
                        "exercises/ex.json",
                        concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, "{"),
                        "clinic/exercises/ex.json:1:1: error: UTF-16 text (it starts with a UTF-16 byte order mark); save the file as UTF-8"));
        cases.add(
                bytes(
                        "UTF-16 without a byte order mark",
                        "exercises/ex.json",
                        "{\"a\": 1}".getBytes(StandardCharsets.UTF_16LE),
                        "clinic/exercises/ex.json:1:2: error: a zero byte (0x00) at offset 1: this looks like UTF-16 or UTF-32 text; save the file as UTF-8"));
        cases.add(
                bytes(
                        "Latin-1",
                        "exercises/ex.json",
                        EXERCISE.replace("Kort.", "Kort, ook 'geën'.").getBytes(StandardCharsets.ISO_8859_1),
                        "clinic/exercises/ex.json:1:107: error: not UTF-8 text (byte 0xEB at offset 106); save the file as UTF-8"));
        cases.add(bytes(
                "an overlong UTF-8 form",
                "exercises/ex.json",
                concat(new byte[] {'{', (byte) 0xC0, (byte) 0xAF}, "}"),
                "clinic/exercises/ex.json:1:2: error: not UTF-8 text (byte 0xC0 at offset 1); save the file as UTF-8"));
        cases.add(
                bytes(
                        "a UTF-8 encoded surrogate",
                        "exercises/ex.json",
                        concat(new byte[] {'{', '"', (byte) 0xED, (byte) 0xA0, (byte) 0x80}, "\": 1}"),
                        "clinic/exercises/ex.json:1:3: error: not UTF-8 text (byte 0xED at offset 2, 3 bytes); save the file as UTF-8"));
        cases.add(files(
                "a file holding a list, not an object",
                Map.of("exercises/ex.json", "[1, 2]\n"),
                "clinic/exercises/ex.json:1:1: error: a content file must hold one JSON object {...}"));
        cases.add(exercise(
                "no schema version",
                "\"schemaVersion\": 1, ",
                "",
                "clinic/exercises/ex.json:1:1: error: missing required field 'schemaVersion'"));
        cases.add(
                exercise(
                        "a newer schema version",
                        "\"schemaVersion\": 1",
                        "\"schemaVersion\": 2",
                        "clinic/exercises/ex.json:1:2: error: written for schema version 2; this PhysioKiosk reads version 1: update the app or rewrite the file"));
        cases.add(exercise(
                "schema version zero",
                "\"schemaVersion\": 1",
                "\"schemaVersion\": 0",
                "clinic/exercises/ex.json:1:2: error: 'schemaVersion' is 0; it must be from 1 to 2147483647"));
        cases.add(exercise(
                "a $schema key is accepted",
                "\"schemaVersion\": 1",
                "\"$schema\": \"https://physiokiosk.org/schemas/exercise.schema.json\", \"schemaVersion\": 1"));
        cases.add(files(
                "file named after another id",
                Map.of("exercises/other.json", EXERCISE),
                "clinic/exercises/other.json:1:22: warning: the file of 'ex' should be named ex.json"));

        // Fields
        cases.add(
                exercise(
                        "unknown field",
                        "\"category\"",
                        "\"setts\": 3, \"category\"",
                        "clinic/exercises/ex.json:1:140: error: unknown field 'setts'; expected one of: $schema, category, cautions, dose, equipment, id, progression, regions, schemaVersion, sources, startPosition, steps, summary, title, variants"));
        cases.add(
                exercise(
                        "unknown field with an invisible character in its name",
                        "\"category\"",
                        "\"se\u200Btts\": 3, \"category\"",
                        "clinic/exercises/ex.json:1:140: error: unknown field 'se\\u200Btts'; expected one of: $schema, category, cautions, dose, equipment, id, progression, regions, schemaVersion, sources, startPosition, steps, summary, title, variants"));
        cases.add(
                exercise(
                        "unknown field in a step",
                        "\"seconds\": 2",
                        "\"seconds\": 2, \"hold\": 5",
                        "clinic/exercises/ex.json:1:271: error: unknown field 'hold'; expected one of: breath, holdSeconds, mirror, pose, seconds, setup, text"));
        cases.add(exercise(
                "unknown field in a range",
                "\"reps\": 5",
                "\"reps\": {\"min\": 5, \"max\": 8, \"avg\": 6}",
                "clinic/exercises/ex.json:1:311: error: unknown field 'avg'; expected one of: max, min"));
        cases.add(exercise(
                "missing required field",
                "\"category\": \"stretch\", ",
                "",
                "clinic/exercises/ex.json:1:1: error: missing required field 'category'"));
        cases.add(exercise(
                "required field written as null",
                "\"category\": \"stretch\"",
                "\"category\": null",
                "clinic/exercises/ex.json:1:140: error: 'category' is null; it is required"));
        cases.add(
                exercise(
                        "optional field written as null",
                        "\"sources\"",
                        "\"cautions\": null, \"sources\"",
                        "clinic/exercises/ex.json:1:375: warning: 'cautions' is null; it is treated as left out (leave the field out instead)"));
        cases.add(
                exercise(
                        "optional step field written as null",
                        "\"seconds\": 2",
                        "\"seconds\": 2, \"breath\": null",
                        "clinic/exercises/ex.json:1:271: warning: 'breath' is null; it is treated as left out (leave the field out instead)"));
        cases.add(
                exercise(
                        "upper case id",
                        "\"id\": \"ex\"",
                        "\"id\": \"Ex\"",
                        "clinic/exercises/ex.json:1:22: error: id 'Ex' must be 2 to 64 lower case letters a-z and digits, in words joined by single dashes (like 'knee-to-chest-2')"));
        cases.add(
                exercise(
                        "id with a double dash",
                        "\"id\": \"ex\"",
                        "\"id\": \"e--x\"",
                        "clinic/exercises/ex.json:1:22: error: id 'e--x' must be 2 to 64 lower case letters a-z and digits, in words joined by single dashes (like 'knee-to-chest-2')"));
        cases.add(
                exercise(
                        "id ending in a dash",
                        "\"id\": \"ex\"",
                        "\"id\": \"ex-\"",
                        "clinic/exercises/ex.json:1:22: error: id 'ex-' must be 2 to 64 lower case letters a-z and digits, in words joined by single dashes (like 'knee-to-chest-2')"));
        cases.add(
                exercise(
                        "id of one letter",
                        "\"id\": \"ex\"",
                        "\"id\": \"e\"",
                        "clinic/exercises/ex.json:1:22: error: id 'e' must be 2 to 64 lower case letters a-z and digits, in words joined by single dashes (like 'knee-to-chest-2')"));
        cases.add(
                exercise(
                        "id too long",
                        "\"id\": \"ex\"",
                        "\"id\": \"" + "e".repeat(65) + "\"",
                        "clinic/exercises/ex.json:1:22: error: id 'eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee' must be 2 to 64 lower case letters a-z and digits, in words joined by single dashes (like 'knee-to-chest-2')"));
        cases.add(
                exercise(
                        "bad id in a list",
                        "[\"test-leaflet\"]",
                        "[\"Test Leaflet\"]",
                        "clinic/exercises/ex.json:1:387: error: 'sources' must list ids, found \"Test Leaflet\": an id must be 2 to 64 lower case letters a-z and digits, in words joined by single dashes (like 'knee-to-chest-2')"));
        cases.add(exercise(
                "not a text",
                "\"pose\": \"lying\"",
                "\"pose\": 7",
                "clinic/exercises/ex.json:1:240: error: 'pose' must be a non-empty text"));
        cases.add(exercise(
                "empty text",
                "\"pose\": \"lying\"",
                "\"pose\": \" \"",
                "clinic/exercises/ex.json:1:240: error: 'pose' must be a non-empty text"));
        cases.add(exercise(
                "not a whole number",
                "\"sets\": 1",
                "\"sets\": 1.5",
                "clinic/exercises/ex.json:1:293: error: 'sets' must be a whole number, found 1.5"));
        cases.add(exercise(
                "number out of range",
                "\"seconds\": 2",
                "\"seconds\": 61",
                "clinic/exercises/ex.json:1:257: error: 'seconds' is 61; it must be from 1 to 60"));
        cases.add(exercise(
                "a range that runs backwards",
                "\"reps\": 5",
                "\"reps\": {\"min\": 8, \"max\": 5}",
                "clinic/exercises/ex.json:1:282: error: 'reps' runs backwards: min 8 is more than max 5"));
        cases.add(exercise(
                "not true or false",
                "\"seconds\": 2",
                "\"seconds\": 2, \"setup\": \"yes\"",
                "clinic/exercises/ex.json:1:271: error: 'setup' must be true or false, found \"yes\""));
        cases.add(
                exercise(
                        "unknown choice",
                        "\"category\": \"stretch\"",
                        "\"category\": \"stretching\"",
                        "clinic/exercises/ex.json:1:140: error: 'category' must be one of mobility, stretch, strengthen, found \"stretching\""));
        cases.add(
                exercise(
                        "unknown choice in a list",
                        "[\"neck\"]",
                        "[\"neck\", \"knee\"]",
                        "clinic/exercises/ex.json:1:139: error: 'regions' must be one of lower-back, upper-back, neck, pelvis, hips, buttocks, abdomen, legs, found \"knee\""));
        cases.add(
                exercise(
                        "defaults naming a non-dose field",
                        "\"timesPerDay\": 1",
                        "\"timesPerDay\": 1, \"defaults\": [\"reps\", \"steps\"]",
                        "clinic/exercises/ex.json:1:395: error: 'defaults' may only name reps, sets, holdSeconds, restSeconds, side, timesPerDay, found \"steps\""));
        cases.add(exercise(
                "a field that must be an object",
                "\"dose\": {\"reps\": 5, \"sets\": 1, \"holdSeconds\": 0, \"restSeconds\": 0,"
                        + " \"side\": \"none\", \"timesPerDay\": 1}",
                "\"dose\": \"5 times\"",
                "clinic/exercises/ex.json:1:273: error: 'dose' must be an object {...}"));
        cases.add(exercise(
                "not a list",
                "\"regions\": [\"neck\"]",
                "\"regions\": \"neck\"",
                "clinic/exercises/ex.json:1:119: error: 'regions' must be a list [...]"));
        cases.add(exercise(
                "an empty required list",
                "\"regions\": [\"neck\"]",
                "\"regions\": []",
                "clinic/exercises/ex.json:1:119: error: 'regions' must not be empty"));
        cases.add(exercise(
                "a list entry that is not an object",
                "\"steps\": [",
                "\"steps\": [3, ",
                "clinic/exercises/ex.json:1:201: error: each entry of 'steps' must be an object {...}"));
        cases.add(
                exercise(
                        "every step a setup step",
                        "\"seconds\": 2",
                        "\"seconds\": 2, \"setup\": true",
                        "clinic/exercises/ex.json:1:191: error: every step is a setup step; at least one step must be the repeated movement"));

        // Texts
        cases.add(
                exercise(
                        "a text that is not an object",
                        "\"title\": {\"nl\": \"Titel\", \"en\": \"Title\"}",
                        "\"title\": \"Titel\"",
                        "clinic/exercises/ex.json:1:34: error: a text must be an object with one entry per language, like {\"nl\": \"...\", \"en\": \"...\"}"));
        cases.add(exercise(
                "bad language code",
                "\"en\": \"Title\"",
                "\"en\": \"Title\", \"eng\": \"Title\"",
                "clinic/exercises/ex.json:1:74: error: 'eng' is not a two-letter language code such as nl, en, pl"));
        cases.add(exercise(
                "empty language text",
                "\"en\": \"Title\"",
                "\"en\": \"\"",
                "clinic/exercises/ex.json:1:59: error: the en text must be a non-empty text"));
        cases.add(
                exercise(
                        "missing Dutch text",
                        "{\"nl\": \"Titel\", \"en\": \"Title\"}",
                        "{\"en\": \"Title\"}",
                        "clinic/exercises/ex.json:1:34: error: the Dutch (nl) text is missing; Dutch is the reference language"));
        cases.add(
                exercise(
                        "missing English text is a warning",
                        "{\"nl\": \"Titel\", \"en\": \"Title\"}",
                        "{\"nl\": \"Titel\"}",
                        "clinic/exercises/ex.json:1:34: warning: the English (en) text is missing; the Dutch text is shown instead"));
        cases.add(
                exercise(
                        "right-to-left override in a text",
                        "\"en\": \"Sit.\"",
                        "\"en\": \"Sit \u202Edown.\"",
                        "clinic/exercises/ex.json:1:225: error: the en text contains an invisible or control character \\u202E (RIGHT-TO-LEFT OVERRIDE) at character 5; remove it"));
        cases.add(
                exercise(
                        "zero-width space in a text",
                        "\"nl\": \"Zit.\"",
                        "\"nl\": \"Zit\u200B.\"",
                        "clinic/exercises/ex.json:1:211: error: the nl text contains an invisible or control character \\u200B (ZERO WIDTH SPACE) at character 4; remove it"));
        cases.add(
                exercise(
                        "control character in a text",
                        "\"nl\": \"Zit.\"",
                        "\"nl\": \"Zit\\u0007.\"",
                        "clinic/exercises/ex.json:1:211: error: the nl text contains an invisible or control character \\u0007 (BEL) at character 4; remove it"));
        cases.add(exercise("a newline in a text is fine", "\"nl\": \"Zit.\"", "\"nl\": \"Zit.\\nRustig.\""));
        cases.add(
                exercise(
                        "invisible character in a plain text",
                        "\"pose\": \"lying\"",
                        "\"pose\": \"ly\u2066ing\"",
                        "clinic/exercises/ex.json:1:240: error: 'pose' contains an invisible or control character \\u2066 (LEFT-TO-RIGHT ISOLATE) at character 3; remove it"));

        // Ids across files
        cases.add(
                files(
                        "the same id in two files",
                        Map.of("exercises/ex.json", EXERCISE, "exercises/ex-copy.json", EXERCISE),
                        "clinic/exercises/ex-copy.json:1:22: warning: the file of 'ex' should be named ex.json",
                        "clinic/exercises/ex-copy.json:1:22: error: duplicate id 'ex': also defined in clinic/exercises/ex.json; neither is loaded",
                        "clinic/exercises/ex.json:1:22: error: duplicate id 'ex': also defined in clinic/exercises/ex-copy.json; neither is loaded"));
        cases.add(
                redFlags(
                        "the same id twice in one file",
                        "{\"id\": \"numb\", \"urgency\": \"emergency\", \"text\": {\"nl\": \"Doof.\", \"en\": \"Numb.\"}, \"sources\": [\"test-leaflet\"]},\n"
                                + "{\"id\": \"numb\", \"urgency\": \"contact-gp\", \"text\": {\"nl\": \"Doof.\", \"en\": \"Numb.\"}, \"sources\": [\"test-leaflet\"]}",
                        "clinic/red-flags.json:2:2: error: duplicate id 'numb': also defined in this file at /redFlags/1; neither is loaded",
                        "clinic/red-flags.json:3:2: error: duplicate id 'numb': also defined in this file at /redFlags/0; neither is loaded"));
        cases.add(
                redFlags(
                        "a bad item in a list file",
                        "{\"id\": \"numb\", \"urgency\": \"soon\", \"text\": {\"nl\": \"Doof.\"},"
                                + " \"sources\": [\"test-leaflet\"]}",
                        "clinic/red-flags.json:2:16: error: 'urgency' must be one of emergency, contact-gp, see-gp-if-persists, found \"soon\"",
                        "clinic/red-flags.json:2:35: warning: the English (en) text is missing; the Dutch text is shown instead"));

        // References
        cases.add(exercise(
                "unknown pose",
                "\"pose\": \"lying\"",
                "\"pose\": \"sitting\"",
                "clinic/exercises/ex.json:1:240: error: unknown pose 'sitting'"));
        cases.add(
                exercise(
                        "unknown source",
                        "[\"test-leaflet\"]",
                        "[\"test-leaflet\", \"other-leaflet\"]",
                        "clinic/exercises/ex.json:1:403: error: unknown source 'other-leaflet' (none with that id is loaded; it may be skipped for its own error)"));
        cases.add(
                exercise(
                        "unknown variant is a warning",
                        "\"sources\"",
                        "\"variants\": [\"no-such\"], \"sources\"",
                        "clinic/exercises/ex.json:1:388: warning: unknown exercise 'no-such' (none with that id is loaded; it may be skipped for its own error); the variant link is dropped"));
        cases.add(
                files(
                        "condition naming an unknown exercise and red flag",
                        Map.of(
                                "conditions/cc.json",
                                "{\"schemaVersion\": 1, \"id\": \"cc\", \"title\": {\"nl\": \"C\", \"en\": \"C\"}, \"summary\": {\"nl\": \"C\", \"en\": \"C\"},"
                                        + " \"whatItIs\": [{\"nl\": \"C\", \"en\": \"C\"}], \"symptoms\": [{\"nl\": \"C\", \"en\": \"C\"}],"
                                        + " \"causes\": [{\"nl\": \"C\", \"en\": \"C\"}], \"whatHelps\": [{\"nl\": \"C\", \"en\": \"C\"}],"
                                        + " \"exercises\": [\"nope\"], \"redFlags\": [\"fever\", \"nada\"], \"sources\": [\"test-leaflet\"]}\n"),
                        "clinic/conditions/cc.json:1:267: error: unknown exercise 'nope' (none with that id is loaded; it may be skipped for its own error)",
                        "clinic/conditions/cc.json:1:298: error: unknown red flag 'nada' (none with that id is loaded; it may be skipped for its own error)"));
        cases.add(
                files(
                        "program naming an unknown exercise",
                        Map.of(
                                "programs/pr.json",
                                "{\"schemaVersion\": 1, \"id\": \"pr\", \"title\": {\"nl\": \"P\", \"en\": \"P\"},"
                                        + " \"items\": [{\"exercise\": \"nope\", \"dose\": {\"reps\": 3, \"sets\": null}}], \"sources\": [\"test-leaflet\"]}\n"),
                        "clinic/programs/pr.json:1:78: error: unknown exercise 'nope' (none with that id is loaded; it may be skipped for its own error)",
                        "clinic/programs/pr.json:1:118: warning: 'sets' is null; it is treated as left out (leave the field out instead)"));

        // Poses
        cases.add(poses(
                "a pose extending itself",
                "{\"id\": \"self\", \"extends\": \"self\"}",
                "clinic/poses/p.json:2:16: error: a pose cannot extend itself"));
        cases.add(
                poses(
                        "a pose extending an unknown pose",
                        "{\"id\": \"orphan\", \"extends\": \"nowhere\"}",
                        "clinic/poses/p.json:2:18: error: unknown pose 'nowhere' to extend (none with that id is loaded; it may be skipped for its own error)"));
        cases.add(poses(
                "poses extending each other in a circle",
                "{\"id\": \"ping\", \"extends\": \"pong\"},\n{\"id\": \"pong\", \"extends\": \"ping\"}",
                "clinic/poses/p.json:2:16: error: its base pose 'pong' has an error, so this pose is skipped too",
                "clinic/poses/p.json:3:16: error: poses extend each other in a circle: ping → pong → ping"));
        cases.add(
                poses(
                        "a pose whose base has an error",
                        "{\"id\": \"child\", \"extends\": \"orphan\"},\n{\"id\": \"orphan\", \"extends\": \"nowhere\"}",
                        "clinic/poses/p.json:2:17: error: its base pose 'orphan' has an error, so this pose is skipped too",
                        "clinic/poses/p.json:3:18: error: unknown pose 'nowhere' to extend (none with that id is loaded; it may be skipped for its own error)"));
        cases.add(
                poses(
                        "a bad pose id to extend",
                        "{\"id\": \"odd\", \"extends\": \"Lying\"}",
                        "clinic/poses/p.json:2:15: error: 'extends' must name a pose id (lower case letters, digits, dashes), found 'Lying'"));
        cases.add(poses(
                "a pose without view or base",
                "{\"id\": \"float\"}",
                "clinic/poses/p.json:2:1: error: a pose that extends no other needs a 'view' (side, front, top)"));
        cases.add(
                poses(
                        "an unknown joint",
                        "{\"id\": \"typo\", \"view\": \"side\", \"angles\": {\"kne-flex\": 9}}",
                        "clinic/poses/p.json:2:43: error: unknown field 'kne-flex'; expected one of: ankle-flex, body-pitch, body-roll, body-turn, elbow-flex, head-flex, hip-abduct, hip-flex, hip-turn, knee-flex, left-ankle-flex, left-elbow-flex, left-hip-abduct, left-hip-flex, left-hip-turn, left-knee-flex, left-shoulder-plane, left-shoulder-raise, left-shoulder-turn, left-wrist-flex, lumbar-flex, lumbar-side, lumbar-turn, neck-flex, neck-side, neck-turn, right-ankle-flex, right-elbow-flex, right-hip-abduct, right-hip-flex, right-hip-turn, right-knee-flex, right-shoulder-plane, right-shoulder-raise, right-shoulder-turn, right-wrist-flex, shoulder-plane, shoulder-raise, shoulder-turn, thoracic-flex, thoracic-side, thoracic-turn, wrist-flex"));
        cases.add(poses(
                "an angle out of range",
                "{\"id\": \"bent\", \"view\": \"side\", \"angles\": {\"knee-flex\": -10}}",
                "clinic/poses/p.json:2:43: error: 'knee-flex' is -10; it must be from 0 to 160"));

        // Folder layout
        cases.add(files(
                "a wrong-case extension",
                Map.of("exercises/ex.JSON", EXERCISE),
                "clinic/exercises/ex.JSON:1:1: warning: only names ending in lower case .json are read; ignored"));
        cases.add(files(
                "a file that is not JSON",
                Map.of("exercises/notes.txt", "notes"),
                "clinic/exercises/notes.txt:1:1: warning: not a .json file; ignored"));
        cases.add(files(
                "a subfolder",
                Map.of("exercises/more/ex.json", EXERCISE),
                "clinic/exercises/more:1:1: warning: a folder inside exercises/; subfolders are not read; ignored"));
        cases.add(files(
                "a folder named like a file",
                Map.of("exercises/ex.json/", ""),
                "clinic/exercises/ex.json:1:1: warning: a folder inside exercises/; subfolders are not read; ignored"));
        cases.add(files(
                "a file where a folder belongs",
                Map.of("poses", ""),
                "clinic/poses:1:1: warning: a file where the folder poses/ belongs; ignored"));
        cases.add(files(
                "a folder where a file belongs",
                Map.of("sources.json/", ""),
                "clinic/sources.json:1:1: warning: a folder where the file sources.json belongs; ignored"));
        cases.add(files(
                "a schemas folder beside the content is no stray entry", Map.of("schemas/exercise.schema.json", "{}")));
        cases.add(
                files(
                        "a stray entry",
                        Map.of("exercise/ex.json", EXERCISE),
                        "clinic/exercise:1:1: warning: not a content file or folder (expected advice.json, conditions, exercises, poses, programs, red-flags.json, sources.json); ignored"));
        cases.add(
                files(
                        "a file name that fakes a report line",
                        Map.of("exercises/x.json:1:1: error: all fine\nex.json", EXERCISE),
                        "clinic/exercises/x.json\\u003A1\\u003A1\\u003A error\\u003A all fine\\u000Aex.json:1:22: warning: the file of 'ex' should be named ex.json"));

        // Many problems in one file
        cases.add(exercise(
                "at most 50 problems per file",
                "[\"test-leaflet\"]",
                "[" + "\"X\", ".repeat(59) + "\"X\"]",
                manyLines()));
        cases.add(manyIgnoredEntries());
        return cases.stream();
    }
}
