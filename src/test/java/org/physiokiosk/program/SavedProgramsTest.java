package org.physiokiosk.program;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** F20: the desk's list tells ten programs of today apart (patient, code), newest first, and finds one as typed. */
class SavedProgramsTest {

    private static final LocalDate TODAY = FileProgramStoreTest.program("x").date();

    @TempDir
    Path folder;

    private FileProgramStore store;
    private FileCodeIndex codes;

    private Program save(String title, String patient, Instant savedAt) throws Exception {
        Program saved = store.save(FileProgramStoreTest.program(title)
                .withPatient(patient.isEmpty() ? Optional.empty() : Optional.of(patient)));
        Files.setLastModifiedTime(
                folder.resolve("programs").resolve(saved.id().orElseThrow() + ".json"), FileTime.from(savedAt));
        return saved;
    }

    private SavedPrograms read(LocalDate today) throws Exception {
        return SavedPrograms.read(store, codes, today);
    }

    private void setUp() {
        store = new FileProgramStore(folder.resolve("programs"));
        codes = new FileCodeIndex(folder.resolve(FileCodeIndex.FILE_NAME), store, CodePolicy.DEFAULT);
    }

    @Test
    void eachRowHasItsPatientAndTheCodeThatWorksTodayNewestSaveFirst() throws Exception {
        setUp();
        Instant morning = Instant.parse("2026-11-29T08:00:00Z");
        Program first = save("", "Jan Jansen", morning);
        Program second = save("", "Élise Dupont", morning.plusSeconds(600));
        Program third = save("", "", morning.plusSeconds(1200));
        IssuedCode code = codes.issueCode(second.id().orElseThrow(), TODAY);

        List<SavedProgram> rows = read(TODAY).programs();

        assertThat(rows)
                .extracting(row -> row.summary().id())
                .containsExactly(
                        third.id().orElseThrow(),
                        second.id().orElseThrow(),
                        first.id().orElseThrow());
        assertThat(rows)
                .extracting(row -> row.summary().patient())
                .containsExactly(Optional.empty(), Optional.of("Élise Dupont"), Optional.of("Jan Jansen"));
        assertThat(rows)
                .extracting(SavedProgram::code)
                .containsExactly(Optional.empty(), Optional.of(code.code()), Optional.empty());
        assertThat(read(code.lastDay().plusDays(1)).programs().get(1).code())
                .as("a code that no longer works is not shown as if it did")
                .isEmpty();
    }

    @Test
    void searchFindsByTitlePatientOrCodeIgnoringCaseAccentsAndTheDash() throws Exception {
        setUp();
        Instant now = Instant.parse("2026-11-29T09:00:00Z");
        Program back = save("Lage rug", "Jan Jansen", now);
        Program knee = save("Knieën thuis", "Élise Dupont", now.plusSeconds(1));
        IssuedCode code = codes.issueCode(back.id().orElseThrow(), TODAY);
        SavedPrograms saved = read(TODAY);
        String grouped = code.code().grouped();
        String backId = back.id().orElseThrow();
        String kneeId = knee.id().orElseThrow();

        assertThat(ids(saved, "")).containsExactly(kneeId, backId);
        assertThat(ids(saved, "knieen")).containsExactly(kneeId);
        assertThat(ids(saved, "ELISE")).containsExactly(kneeId);
        assertThat(ids(saved, "jansen rug")).containsExactly(backId);
        assertThat(ids(saved, grouped)).containsExactly(backId);
        assertThat(ids(saved, grouped.replace("-", "").toLowerCase(java.util.Locale.ROOT)))
                .containsExactly(backId);
        assertThat(ids(saved, grouped.substring(2, 7)))
                .as("part of the code, over the dash")
                .containsExactly(backId);
        assertThat(ids(saved, "rug knie"))
                .as("every word must match one program")
                .isEmpty();
    }

    private static List<String> ids(SavedPrograms saved, String typed) {
        return saved.matching(typed).stream().map(row -> row.summary().id()).toList();
    }
}
