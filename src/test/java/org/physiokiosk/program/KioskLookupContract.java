package org.physiokiosk.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.physiokiosk.program.SamplePrograms.TODAY;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What every program store tells the kiosk about a code, the same in each (decision 0036): run against the
 * file store (FileKioskLookupContractTest) and the PostgreSQL store (PostgresKioskLookupContractTest). A lapsed
 * code says so and never counts towards the keypad's lock; the program a code opens is {@link KioskProgram#of}
 * the saved program, the patient's name masked, every item kept (one the kiosk's catalog lacks too).
 */
public abstract class KioskLookupContract {

    /** One store as a clinic has it: the desk saves and issues codes, the kiosk only looks up. */
    public interface Stores {
        ProgramStore desk();

        ProgramCodes codes();

        ProgramLookup kiosk();
    }

    protected abstract Stores stores() throws Exception;

    private final CodeAttempts attempts = new CodeAttempts();

    private Program saved(Program program) throws Exception {
        return stores().desk().save(program);
    }

    private CodeEntry keypad() throws Exception {
        return new CodeEntry(stores().kiosk(), attempts);
    }

    private static Program namingThePatient() {
        Program sample = SamplePrograms.lowBack("Rug voor Johanna");
        List<ProgramItem> items = new ArrayList<>(sample.items());
        ProgramItem first = items.get(0);
        items.set(0, new ProgramItem(first.exercise(), first.dose(), first.daysPerWeek(), "Goed zo VERBEEK!"));
        items.add(1, new ProgramItem("clinic-removed-exercise", first.dose(), 3, "Met de band."));
        return sample.withPatient(java.util.Optional.of("Johanna Verbeek"))
                .withInstructions("Johanna, bouw het rustig op.")
                .withItems(items);
    }

    @Test
    public void theKioskGetsTheProgramMaskedExactlyAsKioskProgramOfAndEveryItemKept() throws Exception {
        Program saved = saved(namingThePatient());
        IssuedCode code = stores().codes().issueCode(saved.id().orElseThrow(), TODAY);

        CodeEntry.Outcome outcome = keypad().enter(code.code().grouped(), TODAY, 0);

        KioskProgram expected = KioskProgram.of(saved);
        assertThat(outcome).isEqualTo(new CodeEntry.Outcome.Opened(expected));
        assertThat(expected.title())
                .as("a title naming the patient is left out")
                .isEmpty();
        assertThat(expected.instructions()).isEqualTo("…, bouw het rustig op.");
        assertThat(expected.items()).hasSize(3);
        assertThat(expected.items().get(0).note()).isEqualTo("Goed zo …!");
        assertThat(expected.items().get(1).exercise()).isEqualTo("clinic-removed-exercise");
        assertThat(outcome.toString()).doesNotContain("Johanna", "Verbeek", SamplePrograms.THERAPIST);
    }

    @Test
    public void aResavedProgramReachesTheKioskMaskedToo() throws Exception {
        Program first = saved(SamplePrograms.lowBack("Rug"));
        IssuedCode code = stores().codes().issueCode(first.id().orElseThrow(), TODAY);
        Program second = saved(
                first.withTitle("Rug, week 2 voor Johanna").withPatient(java.util.Optional.of("Johanna Verbeek")));

        assertThat(stores().kiosk().byCode(code.code(), TODAY)).hasValue(KioskProgram.of(second));
        assertThat(stores().kiosk().byCode(code.code(), TODAY).orElseThrow().title())
                .isEmpty();
    }

    @Test
    public void revokedAndReplacedCodesAreLapsedAndNeverCountTowardsTheLock() throws Exception {
        String id = saved(SamplePrograms.lowBack("Nek")).id().orElseThrow();
        IssuedCode replaced = stores().codes().issueCode(id, TODAY);
        IssuedCode current = stores().codes().issueCode(id, TODAY);
        CodeEntry keypad = keypad();
        assertThat(keypad.enter(current.code().value(), TODAY, 0)).isInstanceOf(CodeEntry.Outcome.Opened.class);
        stores().codes().revokeCode(id);
        for (int i = 0; i < 2 * CodeAttempts.WRONG_BEFORE_LOCK; i++) {
            assertThat(keypad.enter(replaced.code().value(), TODAY, i)).isInstanceOf(CodeEntry.Outcome.Lapsed.class);
            assertThat(keypad.enter(current.code().grouped(), TODAY, i)).isInstanceOf(CodeEntry.Outcome.Lapsed.class);
        }
        assertThat(attempts.wrongInRow()).isZero();
        assertThat(keypad.lockedFor(100)).isZero();
        assertThat(stores().kiosk().byCode(current.code(), TODAY)).isEmpty();
    }

    @Test
    public void anExpiredCodeOpensThroughItsLastDayAndIsLapsedTheDayAfter() throws Exception {
        String id = saved(SamplePrograms.lowBack("Knie")).id().orElseThrow();
        IssuedCode code = stores().codes().issueCode(id, TODAY);
        CodeEntry keypad = keypad();
        assertThat(keypad.enter(code.code().value(), code.lastDay(), 0)).isInstanceOf(CodeEntry.Outcome.Opened.class);
        assertThat(stores().kiosk().lapsed(code.code(), code.lastDay())).isFalse();
        for (int i = 0; i < CodeAttempts.WRONG_BEFORE_LOCK; i++) {
            assertThat(keypad.enter(code.code().value(), code.lastDay().plusDays(1), i + 1))
                    .isInstanceOf(CodeEntry.Outcome.Lapsed.class);
        }
        assertThat(attempts.wrongInRow()).isZero();
    }

    @Test
    public void aDeletedProgramsCodeIsLapsed() throws Exception {
        String id = saved(SamplePrograms.lowBack("Weg")).id().orElseThrow();
        IssuedCode code = stores().codes().issueCode(id, TODAY);
        stores().desk().delete(id);
        assertThat(keypad().enter(code.code().value(), TODAY, 0)).isInstanceOf(CodeEntry.Outcome.Lapsed.class);
    }

    @Test
    public void codesNeverIssuedAreUnknownCountAndLockTheKeypad() throws Exception {
        saved(SamplePrograms.lowBack("Rug"));
        CodeEntry keypad = keypad();
        for (int i = 0; i < CodeAttempts.WRONG_BEFORE_LOCK - 1; i++) {
            ProgramCode guess = ProgramCode.random();
            assertThat(stores().kiosk().lapsed(guess, TODAY)).isFalse();
            assertThat(keypad.enter(guess.value(), TODAY, i)).isInstanceOf(CodeEntry.Outcome.Unknown.class);
        }
        assertThat(attempts.wrongInRow()).isEqualTo(CodeAttempts.WRONG_BEFORE_LOCK - 1);
        assertThat(keypad.enter(ProgramCode.random().value(), TODAY, 10)).isInstanceOf(CodeEntry.Outcome.Locked.class);
    }
}
