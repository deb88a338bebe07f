package org.physiokiosk.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The dose line a patient reads on the kiosk and the handout, and the limits every dose stays within. */
class DoseWordsTest {

    private final DoseWords english = new DoseWords("en");
    private final DoseWords dutch = new DoseWords("nl");

    private static Dose dose(IntRange reps, int sets, IntRange hold, Side side, IntRange timesPerDay) {
        return new Dose(reps, sets, hold, 30, side, timesPerDay, Set.of());
    }

    private static Dose dose(int reps, int sets, int hold, Side side, int timesPerDay) {
        return dose(IntRange.exactly(reps), sets, IntRange.exactly(hold), side, IntRange.exactly(timesPerDay));
    }

    @Test
    void aFullDoseReadsAsOneLine() {
        Dose dose = dose(10, 3, 5, Side.EACH, 2);
        assertThat(english.line(dose, 7)).isEqualTo("3 sets of 10 · hold 5 seconds · each side · twice a day");
        assertThat(dutch.line(dose, 7))
                .isEqualTo("3 series van 10 keer · 5 seconden vasthouden · per kant · 2 keer per dag");
        assertThat(english.line(dose)).as("every day is the default").isEqualTo(english.line(dose, 7));
    }

    @Test
    void oneSetIsJustTheRepetitionsAndTwoSetsAreNamed() {
        assertThat(english.line(dose(10, 1, 0, Side.NONE, 1))).isEqualTo("10 times · once a day");
        assertThat(english.line(dose(10, 2, 0, Side.NONE, 1))).isEqualTo("2 sets of 10 · once a day");
    }

    @Test
    void aHoldIsNamedOnlyWhenThereIsOne() {
        assertThat(english.parts(dose(10, 1, 0, Side.NONE, 1), 7)).containsExactly("10 times", "once a day");
        assertThat(english.parts(dose(10, 1, 2, Side.NONE, 1), 7)).contains("hold 2 seconds");
        assertThat(english.parts(dose(IntRange.exactly(10), 1, new IntRange(0, 5), Side.NONE, IntRange.exactly(1)), 7))
                .as("a range that may hold")
                .contains("hold 0–5 seconds");
    }

    @Test
    void theSideIsNamedUnlessTheExerciseHasNone() {
        assertThat(english.line(dose(10, 1, 0, Side.ALTERNATE, 1)))
                .isEqualTo("10 times · each side, left and right in turn · once a day");
        assertThat(english.line(dose(10, 1, 0, Side.NONE, 1))).doesNotContain("side", "left");
    }

    /** The player counts the repetitions of an alternating exercise per side, so the line says "per side" too. */
    @Test
    void anAlternatingDoseCountsPerSide() {
        assertThat(dutch.line(dose(5, 1, 0, Side.ALTERNATE, 1))).contains("5 keer · per kant");
        assertThat(english.line(dose(5, 1, 0, Side.ALTERNATE, 1))).contains("5 times · each side");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "1|1|once a day",
                "2|2|twice a day",
                "3|3|3 times a day",
                "1|2|1–2 times a day",
                "2|3|2–3 times a day"
            })
    void timesPerDayInWords(int min, int max, String words) {
        assertThat(english.timesPerDay(new IntRange(min, max))).isEqualTo(words);
    }

    @Test
    void daysPerWeekAreNamedOnlyBelowSeven() {
        Dose dose = dose(10, 1, 0, Side.NONE, 1);
        assertThat(english.line(dose, 7)).isEqualTo("10 times · once a day");
        assertThat(english.line(dose, 6)).isEqualTo("10 times · once a day · 6 days a week");
        assertThat(dutch.line(dose, 3)).isEqualTo("10 keer · 1 keer per dag · 3 dagen per week");
    }

    @Test
    void oneRepetitionAndOneSecondAreSingular() {
        assertThat(english.reps(IntRange.exactly(1))).isEqualTo("once");
        assertThat(english.reps(IntRange.exactly(2))).isEqualTo("2 times");
        assertThat(english.reps(new IntRange(1, 2)))
                .as("a range is never singular")
                .isEqualTo("1–2 times");
        assertThat(english.seconds(1)).isEqualTo("1 second");
        assertThat(english.seconds(5)).isEqualTo("5 seconds");
        assertThat(dutch.seconds(1)).isEqualTo("1 seconde");
    }

    @Test
    void aDoseAtItsLimitsIsAcceptedAndOneStepBeyondIsRefused() {
        IntRange one = IntRange.exactly(1);
        IntRange none = IntRange.exactly(0);
        assertThat(new Dose(IntRange.exactly(1), 1, none, 0, Side.NONE, one, Set.of()).reps())
                .isEqualTo(one);
        assertThat(new Dose(
                                IntRange.exactly(100),
                                20,
                                IntRange.exactly(600),
                                600,
                                Side.NONE,
                                IntRange.exactly(12),
                                Set.of())
                        .sets())
                .isEqualTo(20);
        assertThatThrownBy(() -> new Dose(IntRange.exactly(0), 1, none, 0, Side.NONE, one, Set.of()))
                .hasMessageContaining("reps 0");
        assertThatThrownBy(() -> new Dose(new IntRange(1, 101), 1, none, 0, Side.NONE, one, Set.of()))
                .hasMessageContaining("reps 101");
        assertThatThrownBy(() -> new Dose(new IntRange(0, 5), 1, none, 0, Side.NONE, one, Set.of()))
                .as("the lower end of a range is checked too")
                .hasMessageContaining("reps 0");
        assertThatThrownBy(() -> new Dose(one, 0, none, 0, Side.NONE, one, Set.of()))
                .hasMessageContaining("sets 0");
        assertThatThrownBy(() -> new Dose(one, 21, none, 0, Side.NONE, one, Set.of()))
                .hasMessageContaining("sets 21");
        assertThatThrownBy(() -> new Dose(one, 1, new IntRange(-1, 0), 0, Side.NONE, one, Set.of()))
                .hasMessageContaining("holdSeconds -1");
        assertThatThrownBy(() -> new Dose(one, 1, new IntRange(0, 601), 0, Side.NONE, one, Set.of()))
                .hasMessageContaining("holdSeconds 601");
        assertThatThrownBy(() -> new Dose(one, 1, none, -1, Side.NONE, one, Set.of()))
                .hasMessageContaining("restSeconds -1");
        assertThatThrownBy(() -> new Dose(one, 1, none, 601, Side.NONE, one, Set.of()))
                .hasMessageContaining("restSeconds 601");
        assertThatThrownBy(() -> new Dose(one, 1, none, 0, Side.NONE, IntRange.exactly(0), Set.of()))
                .hasMessageContaining("timesPerDay 0");
        assertThatThrownBy(() -> new Dose(one, 1, none, 0, Side.NONE, new IntRange(0, 2), Set.of()))
                .hasMessageContaining("timesPerDay 0");
        assertThatThrownBy(() -> new Dose(one, 1, none, 0, Side.NONE, new IntRange(1, 13), Set.of()))
                .hasMessageContaining("timesPerDay 13");
    }

    @Test
    void defaultsNameKnownFieldsOnly() {
        IntRange one = IntRange.exactly(1);
        Dose dose = new Dose(one, 1, IntRange.exactly(0), 0, Side.NONE, one, Set.of(Dose.SETS));
        assertThat(dose.isDefault(Dose.SETS)).isTrue();
        assertThat(dose.isDefault(Dose.REPS)).isFalse();
        assertThatThrownBy(() -> new Dose(one, 1, IntRange.exactly(0), 0, Side.NONE, one, Set.of("setts")))
                .hasMessageContaining("setts");
    }

    @Test
    void aRangeIsSingleOnlyWhenItsEndsAreEqualAndNeverRunsBackwards() {
        assertThat(IntRange.exactly(5).isSingle()).isTrue();
        assertThat(IntRange.exactly(5)).hasToString("5");
        assertThat(new IntRange(5, 10).isSingle()).isFalse();
        assertThat(new IntRange(5, 10)).hasToString("5–10");
        assertThatThrownBy(() -> new IntRange(10, 5)).hasMessageContaining("runs backwards");
    }

    @Test
    void aOneSecondHoldIsSingular() {
        assertThat(english.line(dose(5, 1, 1, Side.NONE, 1))).isEqualTo("5 times · hold 1 second · once a day");
        assertThat(dutch.line(dose(5, 1, 1, Side.NONE, 1))).isEqualTo("5 keer · 1 seconde vasthouden · 1 keer per dag");
        assertThat(english.line(dose(IntRange.exactly(5), 1, new IntRange(1, 2), Side.NONE, IntRange.exactly(1))))
                .contains("hold 1–2 seconds");
    }
}
