package org.physiokiosk.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.physiokiosk.program.SamplePrograms.TODAY;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** F28: a code that once worked says so, and is not a wrong guess; a code that never existed still is. */
class LapsedCodeTest {

    @TempDir
    Path data;

    private final CodeAttempts attempts = new CodeAttempts();

    private FileProgramStore store() {
        return new FileProgramStore(data.resolve("programs"));
    }

    private FileCodeIndex codes() {
        return new FileCodeIndex(data.resolve(FileCodeIndex.FILE_NAME), store(), CodePolicy.DEFAULT);
    }

    @Test
    void aRevokedOrReplacedCodeIsLapsedAndNeverCountsTowardsTheLock() throws Exception {
        String id = store().save(SamplePrograms.lowBack("Nek")).id().get();
        IssuedCode first = codes().issueCode(id, TODAY);
        IssuedCode second = codes().issueCode(id, TODAY);
        codes().revokeCode(id);
        CodeEntry keypad = new CodeEntry(codes(), attempts);
        for (int i = 0; i < 2 * CodeAttempts.WRONG_BEFORE_LOCK; i++) {
            assertThat(keypad.enter(first.code().grouped(), TODAY, i)).isInstanceOf(CodeEntry.Outcome.Lapsed.class);
            assertThat(keypad.enter(second.code().value(), TODAY, i)).isInstanceOf(CodeEntry.Outcome.Lapsed.class);
        }
        assertThat(attempts.wrongInRow()).isZero();
        assertThat(keypad.lockedFor(100)).isZero();
    }

    @Test
    void anExpiredCodeIsLapsedOnlyAfterItsLastDay() throws Exception {
        String id = store().save(SamplePrograms.lowBack("Knie")).id().get();
        IssuedCode code = codes().issueCode(id, TODAY);
        CodeEntry keypad = new CodeEntry(codes(), attempts);
        assertThat(keypad.enter(code.code().value(), TODAY, 0)).isInstanceOf(CodeEntry.Outcome.Opened.class);
        assertThat(codes().lapsed(code.code(), TODAY)).isFalse();
        assertThat(keypad.enter(code.code().value(), code.lastDay().plusDays(1), 1))
                .isInstanceOf(CodeEntry.Outcome.Lapsed.class);
    }

    @Test
    void aDeletedProgramsCodeIsLapsed() throws Exception {
        String id = store().save(SamplePrograms.lowBack("Weg")).id().get();
        IssuedCode code = codes().issueCode(id, TODAY);
        store().delete(id);
        assertThat(new CodeEntry(codes(), attempts).enter(code.code().value(), TODAY, 0))
                .isInstanceOf(CodeEntry.Outcome.Lapsed.class);
    }

    @Test
    void guessesStillCountAndLockTheKeypad() throws Exception {
        store().save(SamplePrograms.lowBack("Rug"));
        CodeEntry keypad = new CodeEntry(codes(), attempts);
        for (int i = 0; i < CodeAttempts.WRONG_BEFORE_LOCK - 1; i++) {
            assertThat(keypad.enter(ProgramCode.random().value(), TODAY, i))
                    .isInstanceOf(CodeEntry.Outcome.Unknown.class);
        }
        assertThat(keypad.enter(ProgramCode.random().value(), TODAY, 10)).isInstanceOf(CodeEntry.Outcome.Locked.class);
    }
}
