package org.physiokiosk.program;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.physiokiosk.content.Dose;
import org.physiokiosk.content.IntRange;
import org.physiokiosk.content.Side;

class TextLimitsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 30);

    private static ProgramItem item(String note) {
        return new ProgramItem(
                "knees-to-chest",
                new Dose(new IntRange(10, 10), 2, new IntRange(0, 0), 10, Side.NONE, new IntRange(1, 1), Set.of()),
                7,
                note);
    }

    @Test
    void aTextAtItsCapIsFineOneMoreIsTooLongAndSaysWhereAndHowLong() {
        Program program = Program.empty(DAY, "nl")
                .withTitle("t".repeat(80))
                .withItems(List.of(item("n".repeat(300)), item("n".repeat(412))));
        assertThat(TextLimits.in(program)).containsExactly(new TextLimits.TooLong(TextLimits.Field.NOTE, 1, 412));

        Program longer = program.withTitle("t".repeat(81)).withPatient(Optional.of("p".repeat(61)));
        assertThat(TextLimits.in(longer))
                .extracting(TextLimits.TooLong::field)
                .containsExactly(TextLimits.Field.TITLE, TextLimits.Field.PATIENT, TextLimits.Field.NOTE);
    }

    @Test
    void lettersAreCountedNotUtf16HalvesAndTheStrippedSpacesDoNotCount() {
        assertThat(TextLimits.length("  💪🏽 é  ")).isEqualTo(4); // two emoji code points, a space, é
        assertThat(TextLimits.Field.NOTE.isOver("😀".repeat(300))).isFalse();
        assertThat(TextLimits.Field.NOTE.nearFrom()).isEqualTo(240);
    }
}
