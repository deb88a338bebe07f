package org.physiokiosk.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.physiokiosk.program.SamplePrograms.TODAY;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Codes on a single PC: the file store's programs, a code file beside them. */
class FileCodeIndexTest {

    @TempDir
    Path data;

    private FileProgramStore store() {
        return new FileProgramStore(data.resolve("programs"));
    }

    private FileCodeIndex codes() {
        return new FileCodeIndex(data.resolve(FileCodeIndex.FILE_NAME), store(), CodePolicy.DEFAULT);
    }

    @Test
    void aSavedProgramOpensByItsCodeWithoutNames() throws Exception {
        Program saved = store().save(SamplePrograms.lowBack("Lage rug"));
        IssuedCode code = codes().issueCode(saved.id().get(), TODAY);

        assertThat(codes().byCode(code.code(), TODAY)).hasValue(KioskProgram.of(saved));
        assertThat(codes().currentCode(saved.id().get())).hasValue(code);
        String file = Files.readString(data.resolve(FileCodeIndex.FILE_NAME));
        assertThat(file).contains(code.code().value()).doesNotContain(SamplePrograms.PATIENT, "Lage rug");
        assertThat(store().list().problems()).isEmpty();
    }

    @Test
    void aNewCodeEndsTheOldOneAndRevokingEndsIt() throws Exception {
        String id = store().save(SamplePrograms.lowBack("Nek")).id().get();
        IssuedCode first = codes().issueCode(id, TODAY);
        IssuedCode second = codes().issueCode(id, TODAY);
        assertThat(codes().byCode(first.code(), TODAY)).isEmpty();
        assertThat(codes().byCode(second.code(), TODAY)).isPresent();

        codes().revokeCode(id);
        assertThat(codes().byCode(second.code(), TODAY)).isEmpty();
        assertThat(codes().currentCode(id)).isEmpty();
    }

    @Test
    void aCodeExpiresAfterTheReviewDatePlusGraceAndFollowsANewReviewDate() throws Exception {
        Program saved = store().save(SamplePrograms.lowBack("Knie"));
        IssuedCode code = codes().issueCode(saved.id().get(), TODAY);
        assertThat(codes().byCode(code.code(), TODAY.plusWeeks(4).plusDays(14))).isPresent();
        assertThat(codes().byCode(code.code(), TODAY.plusWeeks(4).plusDays(15))).isEmpty();

        Program later = new Program(
                saved.id(),
                saved.revision(),
                saved.title(),
                saved.patient(),
                saved.therapist(),
                saved.date(),
                java.util.Optional.of(TODAY.plusWeeks(8)),
                saved.instructions(),
                saved.language(),
                saved.items());
        store().save(later);
        assertThat(codes().byCode(code.code(), TODAY.plusWeeks(4).plusDays(15))).isPresent();
        assertThat(codes().currentCode(saved.id().get()).orElseThrow().lastDay())
                .isEqualTo(TODAY.plusWeeks(8).plusDays(14));
    }

    @Test
    void aDeletedProgramsCodeOpensNothingAndStaysTaken() throws Exception {
        String id = store().save(SamplePrograms.lowBack("Weg")).id().get();
        IssuedCode code = codes().issueCode(id, TODAY);
        store().delete(id);
        assertThat(codes().byCode(code.code(), TODAY)).isEmpty();
        assertThat(codes().currentCode(id)).isEmpty();
        String other = store().save(SamplePrograms.lowBack("Ander")).id().get();
        assertThat(codes().adoptCode(new IssuedCode(code.code(), other, TODAY, TODAY)))
                .isFalse();
    }

    @Test
    void refusesCodesForUnsavedOrOverduePrograms() throws Exception {
        assertThatThrownBy(() -> codes().issueCode("nope-nope", TODAY)).hasMessageContaining("save it first");
        String id = store().save(SamplePrograms.lowBack("Oud")).id().get();
        assertThatThrownBy(() -> codes().issueCode(id, TODAY.plusYears(1))).hasMessageContaining("review date");
    }

    @Test
    void aBrokenCodeFileIsReportedNotOverwritten() throws Exception {
        Files.writeString(
                data.resolve(FileCodeIndex.FILE_NAME), "{\"schemaVersion\": 1, \"codes\": [{\"code\": \"OOPS\"}]}");
        String id = store().save(SamplePrograms.lowBack("X")).id().get();
        assertThatThrownBy(() -> codes().issueCode(id, TODAY))
                .isInstanceOf(ProgramStoreException.class)
                .hasMessageContaining(FileCodeIndex.FILE_NAME);
        assertThat(Files.readString(data.resolve(FileCodeIndex.FILE_NAME))).contains("OOPS");
    }

    @Test
    void theKeypadLocksAfterFiveWrongCodesAndARightCodeOpens() throws Exception {
        String id = store().save(SamplePrograms.lowBack("Keypad")).id().get();
        IssuedCode code = codes().issueCode(id, TODAY);
        CodeEntry keypad = new CodeEntry(codes(), new CodeAttempts());
        long now = 0;
        for (int i = 0; i < 4; i++) {
            assertThat(keypad.enter(ProgramCode.random().grouped(), TODAY, now++))
                    .isInstanceOf(CodeEntry.Outcome.Unknown.class);
        }
        assertThat(keypad.enter("not a code", TODAY, now)).isInstanceOf(CodeEntry.Outcome.Locked.class);
        // Even the right code waits out the lock: the keypad asks nothing while locked.
        assertThat(keypad.enter(code.code().grouped(), TODAY, now + 1)).isInstanceOf(CodeEntry.Outcome.Locked.class);
        now += 30_000_000_000L;
        assertThat(keypad.enter(code.code().value().toLowerCase(java.util.Locale.ROOT), TODAY, now))
                .isEqualTo(new CodeEntry.Outcome.Opened(
                        KioskProgram.of(store().load(id).orElseThrow())));
    }
}
