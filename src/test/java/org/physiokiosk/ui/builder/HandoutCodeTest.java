package org.physiokiosk.ui.builder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.physiokiosk.program.IssuedCode;
import org.physiokiosk.program.Program;
import org.physiokiosk.program.ProgramCode;

/** A handout carries the kiosk code only when the kiosk would play what the paper says. */
class HandoutCodeTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    private static final Program SAVED = Program.empty(TODAY, "nl").withStoreKey("k7qm4xpr2a", 2);
    private static final Optional<IssuedCode> CODE =
            Optional.of(new IssuedCode(ProgramCode.random(), "k7qm4xpr2a", TODAY, TODAY.plusWeeks(12)));

    @Test
    void theSavedProgramCarriesItsCode() {
        assertThat(HandoutCode.of(CODE, SAVED, false)).isEqualTo(CODE);
        assertThat(HandoutCode.leftOff(CODE, SAVED, false)).isFalse();
    }

    @Test
    void unsavedChangesLeaveTheCodeOffAndSaySo() {
        assertThat(HandoutCode.of(CODE, SAVED, true)).isEmpty();
        assertThat(HandoutCode.leftOff(CODE, SAVED, true)).isTrue();
    }

    @Test
    void anotherProgramsCodeIsNeverPrinted() {
        Program other = Program.empty(TODAY, "nl").withStoreKey("zzzzzzzzzz", 1);
        assertThat(HandoutCode.of(CODE, other, false)).isEmpty();
        assertThat(HandoutCode.of(CODE, Program.empty(TODAY, "nl"), false)).isEmpty();
        assertThat(HandoutCode.leftOff(CODE, other, true))
                .as("nothing to mention")
                .isFalse();
        assertThat(HandoutCode.of(Optional.empty(), SAVED, false)).isEmpty();
    }
}
