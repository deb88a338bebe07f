package org.physiokiosk.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.NoSuchElementException;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.physiokiosk.content.IntRange;

class DoseInputTest {

    private final DoseInput english = new DoseInput("en");
    private final DoseInput dutch = new DoseInput("nl");

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "10|10|10",
                "' 8 '|8|8",
                "5-10|5|10",
                "5–10|5|10",
                "5 — 10|5|10",
                "5−10|5|10",
                "1|1|1",
                "100|100|100",
                "007|7|7",
                "6-6|6|6"
            })
    void readsNumbersAndRanges(String typed, int min, int max) {
        assertThat(english.parse(DoseField.REPS, typed).value()).isEqualTo(new IntRange(min, max));
    }

    @Test
    void theEndsOfEveryLimitAreAllowedAndOneBeyondIsNot() {
        for (DoseField field : DoseField.values()) {
            IntRange limit = field.limit();
            assertThat(english.parse(field, String.valueOf(limit.min())).isValid())
                    .as(field + " min")
                    .isTrue();
            assertThat(english.parse(field, String.valueOf(limit.max())).isValid())
                    .as(field + " max")
                    .isTrue();
            assertThat(english.parse(field, String.valueOf(limit.max() + 1)).isValid())
                    .as(field + " max+1")
                    .isFalse();
            if (limit.min() > 0) {
                assertThat(english.parse(field, String.valueOf(limit.min() - 1)).isValid())
                        .as(field + " min-1")
                        .isFalse();
            }
        }
    }

    @Test
    void aValueOutsideTheLimitIsRefusedNotClamped() {
        assertThat(english.parse(DoseField.REPS, "101").problem()).contains("Reps: choose 1 to 100");
        assertThat(dutch.parse(DoseField.REPS, "0").problem()).contains("Herhalingen: kies 1 tot 100");
        assertThat(english.parse(DoseField.REPS, "5-101").problem()).contains("Reps: choose 1 to 100");
        assertThat(english.parse(DoseField.REPS, "150-5").problem()).contains("Reps: choose 1 to 100");
        assertThat(english.parse(DoseField.DAYS_PER_WEEK, "8").problem()).contains("Days per week: choose 1 to 7");
        assertThat(english.parse(DoseField.HOLD_SECONDS, "601").problem()).contains("Hold (seconds): choose 0 to 600");
        assertThat(english.parse(DoseField.REPS, "99999999999999999999").problem())
                .contains("Reps: choose 1 to 100");
    }

    @Test
    void aNegativeNumberIsTooSmallNotUnreadable() {
        assertThat(dutch.parse(DoseField.REPS, "-1").problem()).contains("Herhalingen: kies 1 tot 100");
        assertThat(english.parse(DoseField.SETS, " \u2212 3").problem()).contains("Sets: choose 1 to 20");
        assertThat(english.parse(DoseField.REPS, "1.5").problem()).contains("Reps: not a whole number");
        assertThat(english.parse(DoseField.REPS, "--1").problem()).contains("Reps: not a whole number");
    }

    @Test
    void aBackwardsRangeSaysSoAndShowsTheRightOrder() {
        assertThat(english.parse(DoseField.REPS, "10-5").problem())
                .contains("Reps: backwards range; put the smaller number first (5–10)");
        assertThat(dutch.parse(DoseField.TIMES_PER_DAY, "3-2").problem().orElseThrow())
                .startsWith("Keer per dag: het bereik loopt achteruit");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"ten", "5.5", "5,5", "5-", "-5-10", "5-10-15", "½", "٣"})
    void whatIsNotAWholeNumberSaysSo(String typed) {
        assertThat(english.parse(DoseField.REPS, typed).problem()).contains("Reps: not a whole number");
    }

    @Test
    void anEmptyFieldAsksForANumber() {
        assertThat(english.parse(DoseField.SETS, "  ").problem()).contains("Sets: fill in a number");
        assertThat(english.parse(DoseField.SETS, null).problem()).contains("Sets: fill in a number");
        assertThat(dutch.parse(DoseField.SETS, "").problem()).contains("Series: vul een getal in");
    }

    @Test
    void fieldsWithoutRangesRefuseOne() {
        assertThat(english.parse(DoseField.SETS, "2-3").problem()).contains("Sets: one number, not a range");
        assertThat(english.parse(DoseField.REST_SECONDS, "10–20").problem())
                .contains("Rest (seconds): one number, not a range");
        assertThat(english.parse(DoseField.DAYS_PER_WEEK, "3-5").problem())
                .contains("Days per week: one number, not a range");
    }

    @Test
    void parseWholeGivesANumberOrRefusesARange() {
        assertThat(english.parseWhole(DoseField.SETS, " 3 ").value()).isEqualTo(3);
        assertThat(english.parseWhole(DoseField.REPS, "5-10").problem()).contains("Reps: one number, not a range");
        assertThat(english.parseWhole(DoseField.SETS, "x").problem()).contains("Sets: not a whole number");
    }

    @Test
    void aParsedFieldIsEitherAValueOrAProblem() {
        Parsed<Integer> problem = Parsed.problem("no");
        assertThatThrownBy(problem::value)
                .isInstanceOf(NoSuchElementException.class)
                .hasMessage("no");
        assertThatThrownBy(() -> new Parsed<>(Optional.of(1), Optional.of("no")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Parsed<>(Optional.empty(), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
