package org.physiokiosk.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.physiokiosk.content.Dose;
import org.physiokiosk.content.IntRange;

class ProgramTest {

    private static final LocalDate TODAY = ProgramFixtures.TODAY;

    private static Program saved() {
        return new Program(
                Optional.of("k7qm4xpr2a"),
                3,
                "Rug",
                Optional.of("Anna de Vries"),
                "Jan",
                TODAY,
                Optional.of(TODAY.plusWeeks(2)),
                "Rustig aan.",
                "nl",
                List.of(new ProgramItem("knees-to-chest", ProgramFixtures.KNEES_DOSE, 7, "")));
    }

    @Test
    void aNewCopyForAnotherPatientCarriesNoNameNoKeyAndNoReviewDate() {
        Program copy = saved().asNewCopy("Rug (kopie)", TODAY.plusDays(5));

        assertThat(copy.id()).isEmpty();
        assertThat(copy.revision()).isZero();
        assertThat(copy.patient()).isEmpty();
        assertThat(copy.reviewDate()).isEmpty();
        assertThat(copy.title()).isEqualTo("Rug (kopie)");
        assertThat(copy.date()).isEqualTo(TODAY.plusDays(5));
        assertThat(copy.therapist()).isEqualTo("Jan");
        assertThat(copy.instructions()).isEqualTo("Rustig aan.");
        assertThat(copy.items()).isEqualTo(saved().items());
    }

    @Test
    void eachWitherChangesOnlyItsField() {
        Program p = saved();

        assertThat(p.withTitle("Nek").title()).isEqualTo("Nek");
        assertThat(p.withTitle("Nek").withTitle("Rug")).isEqualTo(p);
        assertThat(p.withPatient(Optional.of("  ")).patient()).isEmpty();
        assertThat(p.withTherapist("Els").withTherapist("Jan")).isEqualTo(p);
        assertThat(p.withReviewDate(Optional.empty()).withReviewDate(p.reviewDate()))
                .isEqualTo(p);
        assertThat(p.withInstructions("x").withInstructions("Rustig aan.")).isEqualTo(p);
        assertThat(p.withLanguage("en").language()).isEqualTo("en");
        assertThat(p.withLanguage("en").withLanguage("nl")).isEqualTo(p);
        assertThat(p.withDate(TODAY.minusDays(1)).date()).isEqualTo(TODAY.minusDays(1));
    }

    @Test
    void aDateAfterTheReviewDateIsRefused() {
        assertThatThrownBy(() -> saved().withDate(TODAY.plusWeeks(3))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aChosenDoseFieldIsNoLongerOurDefault() {
        Dose dose = ProgramFixtures.KNEES_DOSE.withSets(2).chosen(Dose.SETS);

        assertThat(dose.sets()).isEqualTo(2);
        assertThat(dose.isDefault(Dose.SETS)).isFalse();
        assertThat(dose.isDefault(Dose.REST_SECONDS)).isTrue();
        assertThat(dose.reps()).isEqualTo(new IntRange(5, 10));
        assertThat(ProgramFixtures.KNEES_DOSE.chosen(Dose.REPS)).isEqualTo(ProgramFixtures.KNEES_DOSE);
    }
}
