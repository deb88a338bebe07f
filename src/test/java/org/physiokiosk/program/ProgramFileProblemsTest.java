package org.physiokiosk.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What list() and load() say about files that are not good programs, and that they never hide the good ones. */
class ProgramFileProblemsTest {

    @TempDir
    Path folder;

    private FileProgramStore store;
    private String good;

    private static final String VALID = """
            {"schemaVersion": 1, "id": "ID", "revision": 1, "title": "T", "therapist": "A", "date": "2026-11-29",
             "instructions": "", "language": "nl", "items": [
              {"exercise": "bridge", "dose": {"reps": {"min": 5, "max": 10}, "sets": 1, "holdSeconds": 5, "restSeconds": 30,
               "side": "none", "timesPerDay": 1}, "daysPerWeek": 7}]}
            """;

    private String problemOf(String id, String json) throws Exception {
        Files.writeString(folder.resolve(id + ".json"), json.replace("\"ID\"", "\"" + id + "\""));
        List<String> problems = store.list().problems();
        assertThat(problems).hasSize(1);
        assertThat(store.list().programs()).extracting(ProgramStore.Summary::id).containsExactly(good);
        Files.delete(folder.resolve(id + ".json"));
        return problems.get(0);
    }

    private void setUp() throws Exception {
        store = new FileProgramStore(folder);
        good = store.save(FileProgramStoreTest.program("Rug")).id().orElseThrow();
    }

    @Test
    void aHandWrittenValidFileLoads() throws Exception {
        setUp();
        Files.writeString(folder.resolve("hand1.json"), VALID.replace("\"ID\"", "\"hand1\""));
        assertThat(store.load("hand1").orElseThrow().items().get(0).note()).isEmpty();
        assertThat(store.list().problems()).isEmpty();
    }

    @Test
    void aSyntaxErrorNamesTheFileLineAndColumn() throws Exception {
        setUp();
        String problem = problemOf("broken", "{\n  \"schemaVersion\": 1,\n  \"id\": \"broken\" \"revision\": 1\n}");
        assertThat(problem).startsWith(folder.resolve("broken.json") + ": 3:").contains("broken.json");
        assertThat(problem).matches(".*: 3:\\d+: .*");
    }

    @Test
    void anUnknownFieldIsNamedWithItsPlace() throws Exception {
        setUp();
        String problem = problemOf("typo1", VALID.replace("\"sets\": 1", "\"setts\": 1"));
        assertThat(problem).contains("typo1.json: 3:").endsWith("unknown field 'setts'");
    }

    @Test
    void aValueOfTheWrongKindIsNamedByItsPath() throws Exception {
        setUp();
        assertThat(problemOf("kind1", VALID.replace("\"sets\": 1", "\"sets\": \"1\"")))
                .contains("kind1.json: 3:")
                .endsWith("wrong kind of value for 'items[0].dose.sets'");
        assertThat(problemOf("kind2", VALID.replace("\"sets\": 1", "\"sets\": 1.5")))
                .endsWith("wrong kind of value for 'items[0].dose.sets'");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "\"date\": \"2026-11-29\"|\"date\": \"29-11-2026\"|'date' must be a date like 2026-03-31",
                "\"date\": \"2026-11-29\"|\"date\": \"2026-11-29\", \"reviewDate\": \"soon\"|'reviewDate' must be a date like 2026-03-31",
                "\"date\": \"2026-11-29\"|\"date\": \"2026-11-29\", \"reviewDate\": \"2026-01-01\"|review date 2026-01-01 is before",
                "\"revision\": 1,|\"revision\": -1,|revision -1 is negative",
                "\"revision\": 1,|''|'revision' is missing",
                "\"language\": \"nl\",|''|'language' is missing",
                "\"side\": \"none\"|\"side\": \"both\"|'items[0].dose.side' must be none, each or alternate",
                "\"side\": \"none\",|''|'items[0].dose.side' is missing",
                "\"sets\": 1,|''|'items[0].dose.sets' is missing",
                "\"reps\": {\"min\": 5, \"max\": 10}|\"reps\": {\"min\": 10, \"max\": 5}|items[0]: range 10-5 runs backwards",
                "\"reps\": {\"min\": 5, \"max\": 10}|\"reps\": {\"min\": 5}|'items[0].dose.reps' must be a whole number or",
                "\"reps\": {\"min\": 5, \"max\": 10}|\"reps\": \"5-10\"|'items[0].dose.reps' must be a whole number or",
                "\"reps\": {\"min\": 5, \"max\": 10}|\"reps\": {\"min\": 5, \"max\": \"10\"}|'items[0].dose.reps' must be a whole number or",
                "\"reps\": {\"min\": 5, \"max\": 10}|\"reps\": {\"min\": 5, \"max\": 10, \"step\": 1}|'items[0].dose.reps' must be a whole number or",
                "\"reps\": {\"min\": 5, \"max\": 10}|\"reps\": {\"from\": 5, \"max\": 10}|'items[0].dose.reps' must be a whole number or",
                "\"reps\": {\"min\": 5, \"max\": 10}|\"reps\": 500|items[0]: reps 500 is outside 1–100",
                "\"timesPerDay\": 1|\"timesPerDay\": null|'items[0].dose.timesPerDay' must be a whole number or",
                "\"daysPerWeek\": 7|\"daysPerWeek\": 8|items[0]: daysPerWeek 8 is outside 1–7",
                "\"daysPerWeek\": 7|\"daysPerWeek\": 7, \"note\": \"x\", \"exercise2\": 1|unknown field 'exercise2'",
                "\"exercise\": \"bridge\",|''|'items[0].exercise' is missing",
                "\"items\": [|\"items\": [null,|'items[0]' must be an object",
                "\"dose\": {|\"dose\": {\"defaults\": [\"nonsense\"],|items[1]: unknown dose field in defaults",
                "\"schemaVersion\": 1,|''|'schemaVersion' must be a whole number from 1",
                "\"schemaVersion\": 1,|\"schemaVersion\": \"1\",|'schemaVersion' must be a whole number from 1",
                "\"schemaVersion\": 1,|\"schemaVersion\": 0,|'schemaVersion' must be a whole number from 1"
            })
    void aBrokenFieldIsNamed(String replaced, String by, String message) throws Exception {
        setUp();
        String json = VALID.replace(replaced, by);
        if (message.contains("items[1]")) {
            json = json.replace("\"items\": [", "\"items\": [" + item() + ",");
        }
        assertThat(json).isNotEqualTo(VALID);
        assertThat(problemOf("field1", json)).contains("field1.json: ").contains(message);
    }

    private static String item() {
        return "{\"exercise\": \"x\", \"dose\": {\"reps\": 1, \"sets\": 1, \"holdSeconds\": 0, \"restSeconds\": 0, \"side\": \"each\","
                + " \"timesPerDay\": 1}, \"daysPerWeek\": 1}";
    }

    @Test
    void aFileWhoseIdIsNotItsNameIsAProblem() throws Exception {
        setUp();
        assertThat(problemOf("moved1", VALID.replace("\"ID\"", "\"elsewhere\"")))
                .endsWith("holds id 'elsewhere', which is not its file name");
    }

    @Test
    void whatIsNoJsonObjectIsAProblem() throws Exception {
        setUp();
        assertThat(problemOf("array1", "[1, 2]")).endsWith("not a program file: expected a JSON object");
        assertThat(problemOf("empty1", "")).endsWith("not a program file: expected a JSON object");
        assertThat(problemOf("twice1", VALID + VALID)).contains("twice1.json: ");
        assertThat(problemOf("dupe1", VALID.replace("\"title\": \"T\"", "\"title\": \"T\", \"title\": \"U\"")))
                .contains("Duplicate field 'title'");
    }

    @Test
    void whatFollowsTheObjectIsNamedWithItsPlaceInWords() throws Exception {
        setUp();
        assertThat(problemOf("twice2", VALID + "{}"))
                .matches(".*twice2.json: 5:1: more after the end of the JSON value");
    }

    @Test
    void aProgramFileThatCannotBeReadIsAStoreError() throws Exception {
        setUp();
        Files.createDirectories(folder.resolve("folder1.json"));
        assertThatThrownBy(() -> store.load("folder1"))
                .isInstanceOf(ProgramStoreException.class)
                .hasMessageContaining("folder1.json: could not be read");
    }

    @Test
    void aFileNameThatIsNoIdIsAProblem() throws Exception {
        setUp();
        assertThat(problemOf("Jansen Jan", VALID))
                .endsWith("the file name is not a program id (lower case letters, digits and dashes)");
    }

    @Test
    void aHugeFileIsNotRead() throws Exception {
        setUp();
        String huge = VALID.replace("\"T\"", "\"" + "x".repeat((int) FileProgramStore.MAX_FILE_BYTES) + "\"");
        assertThat(problemOf("huge1", huge)).contains("larger than 1048576 bytes");
    }

    @Test
    void aNewerFileIsReportedSkippedAndNeverOverwritten() throws Exception {
        setUp();
        Path newer = Files.writeString(
                folder.resolve("newer1.json"), "{\"schemaVersion\": 2, \"id\": \"newer1\", \"shape\": \"new\"}");
        ProgramStore.Listing listing = store.list();
        assertThat(listing.problems())
                .singleElement()
                .asString()
                .contains("newer1.json")
                .contains("written by a newer PhysioKiosk");
        assertThat(listing.programs()).extracting(ProgramStore.Summary::id).containsExactly(good);
        assertThatThrownBy(() -> store.load("newer1"))
                .isInstanceOf(ProgramStoreException.class)
                .hasMessageContaining("newer PhysioKiosk");
        Program mine = FileProgramStoreTest.program("Mine").withStoreKey("newer1", 0);
        assertThatThrownBy(() -> store.save(mine)).hasMessageContaining("newer PhysioKiosk");
        assertThat(Files.readString(newer)).contains("\"shape\"");
    }

    @Test
    void aBrokenFileMayBeReplacedByAGoodVersion() throws Exception {
        setUp();
        Files.writeString(folder.resolve("fixme.json"), "{oops");
        assertThatThrownBy(() -> store.load("fixme"))
                .isInstanceOf(ProgramStoreException.class)
                .hasMessageContaining("fixme.json");
        Program fixed = store.save(FileProgramStoreTest.program("Fixed").withStoreKey("fixme", 3));
        assertThat(fixed.revision()).isEqualTo(4);
        assertThat(store.load("fixme")).contains(fixed);
    }

    @Test
    void otherFilesAndFoldersAreIgnored() throws Exception {
        setUp();
        Files.writeString(folder.resolve("notes.txt"), "x");
        Files.writeString(folder.resolve(".abc123.tmp"), "{half");
        Files.createDirectories(folder.resolve("folder1.json"));
        Files.createSymbolicLink(folder.resolve("link1.json"), folder.resolve(good + ".json"));
        ProgramStore.Listing listing = store.list();
        assertThat(listing.problems()).isEmpty();
        assertThat(listing.programs()).extracting(ProgramStore.Summary::id).containsExactly(good);
    }

    @Test
    void aProgramFileThatIsALinkIsNotReadByItsId() throws Exception {
        setUp();
        Path outside = Files.writeString(
                Files.createDirectories(folder.resolve("elsewhere")).resolve("passwd"),
                "root:x:0:0:root:/root:/bin/bash\n");
        Files.createSymbolicLink(folder.resolve("link2.json"), outside);
        assertThatThrownBy(() -> store.load("link2"))
                .isInstanceOf(ProgramStoreException.class)
                .hasMessageContaining("a symbolic link")
                .hasMessageNotContaining("root:x");
    }

    @Test
    void summariesComeNewestFirstThenByTitle() throws Exception {
        setUp();
        ProgramEditor editor = new ProgramEditor(
                ProgramFixtures.catalog(), Program.empty(ProgramFixtures.TODAY.plusDays(1), "nl"), "nl");
        editor.setTitle("Z later");
        String later = store.save(editor.program()).id().orElseThrow();
        editor.setTitle("A later");
        String laterA = store.save(editor.program()).id().orElseThrow();
        List<ProgramStore.Summary> programs = store.list().programs();
        assertThat(programs).extracting(ProgramStore.Summary::id).containsExactly(laterA, later, good);
        ProgramStore.Summary oldest = programs.get(2);
        assertThat(List.of(oldest.id(), oldest.title(), oldest.date(), oldest.revision()))
                .containsExactly(good, "Rug", ProgramFixtures.TODAY, 1L);
    }

    @Test
    void aFileOfExactlyTheLimitIsStillRead() throws Exception {
        setUp();
        String json = VALID.replace("\"ID\"", "\"edge1\"");
        int limit = (int) FileProgramStore.MAX_FILE_BYTES;
        Path file = folder.resolve("edge1.json");
        Files.writeString(file, json + " ".repeat(limit - json.getBytes(StandardCharsets.UTF_8).length));
        assertThat(Files.size(file)).isEqualTo(FileProgramStore.MAX_FILE_BYTES);
        assertThat(store.load("edge1")).isPresent();
        Files.writeString(file, json + " ".repeat(limit + 1 - json.getBytes(StandardCharsets.UTF_8).length));
        assertThatThrownBy(() -> store.load("edge1")).hasMessageContaining("larger than 1048576 bytes");
    }
}
