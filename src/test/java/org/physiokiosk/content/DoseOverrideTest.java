package org.physiokiosk.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A field a therapist sets is theirs: it keeps its value and is no longer marked as our default. */
class DoseOverrideTest {

    private static final Dose ALL_DEFAULTS = new Dose(
            IntRange.exactly(10), 2, IntRange.exactly(5), 30, Side.NONE, IntRange.exactly(1), Set.copyOf(Dose.FIELDS));

    @Test
    void eachOverriddenFieldLosesItsDefaultMark() {
        Dose dose = new DoseOverride(
                        Optional.of(IntRange.exactly(8)),
                        Optional.of(3),
                        Optional.of(IntRange.exactly(0)),
                        Optional.of(60),
                        Optional.of(Side.EACH),
                        Optional.of(new IntRange(1, 2)))
                .applyTo(ALL_DEFAULTS);
        assertThat(dose)
                .isEqualTo(new Dose(
                        IntRange.exactly(8), 3, IntRange.exactly(0), 60, Side.EACH, new IntRange(1, 2), Set.of()));
    }

    @Test
    void anEmptyFieldKeepsTheExercisesValueAndMark() {
        assertThat(DoseOverride.NONE.applyTo(ALL_DEFAULTS)).isEqualTo(ALL_DEFAULTS);
        Dose onlySets = new DoseOverride(
                        Optional.empty(),
                        Optional.of(4),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty())
                .applyTo(ALL_DEFAULTS);
        assertThat(onlySets.sets()).isEqualTo(4);
        assertThat(onlySets.isDefault(Dose.SETS)).isFalse();
        assertThat(onlySets.defaults())
                .containsExactlyInAnyOrder(
                        Dose.REPS, Dose.HOLD_SECONDS, Dose.REST_SECONDS, Dose.SIDE, Dose.TIMES_PER_DAY);
    }
}
