package org.physiokiosk.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CodePolicyTest {

    private static final LocalDate ISSUED = LocalDate.of(2026, 3, 2);

    @Test
    void aCodeWorksUntilTheReviewDatePlusTheGracePeriod() {
        assertThat(CodePolicy.DEFAULT.lastDay(Optional.of(LocalDate.of(2026, 4, 1)), ISSUED))
                .isEqualTo(LocalDate.of(2026, 4, 15));
        assertThat(new CodePolicy(0, 12).lastDay(Optional.of(LocalDate.of(2026, 4, 1)), ISSUED))
                .isEqualTo(LocalDate.of(2026, 4, 1));
    }

    @Test
    void withoutAReviewDateItCountsTwelveWeeksFromIssuePlusGrace() {
        assertThat(CodePolicy.DEFAULT.lastDay(Optional.empty(), ISSUED))
                .isEqualTo(ISSUED.plusWeeks(12).plusDays(14));
    }

    @Test
    void refusesNonsense() {
        assertThatThrownBy(() -> new CodePolicy(-1, 12)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CodePolicy(14, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anIssuedCodeWorksThroughItsLastDayEvenOnAKioskWhoseClockIsBehind() {
        IssuedCode code = new IssuedCode(new ProgramCode("K7QM4XPR"), "p1", ISSUED, ISSUED.plusDays(3));
        assertThat(code.worksOn(ISSUED.minusDays(1))).isTrue();
        assertThat(code.worksOn(ISSUED)).isTrue();
        assertThat(code.worksOn(ISSUED.plusDays(3))).isTrue();
        assertThat(code.worksOn(ISSUED.plusDays(4))).isFalse();
    }
}
