package org.physiokiosk.program;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.physiokiosk.content.Dose;
import org.physiokiosk.content.IntRange;
import org.physiokiosk.content.Side;

/** What leaves for the kiosk never carries the patient's name, wherever the therapist typed it (F14). */
class KioskProgramPrivacyTest {

    private static Program program(String patient, String title, String instructions, String note) {
        Dose dose = new Dose(
                IntRange.exactly(10), 1, IntRange.exactly(0), 0, Side.NONE, IntRange.exactly(2), java.util.Set.of());
        return new Program(
                Optional.empty(),
                0,
                title,
                Optional.ofNullable(patient),
                "Sanne",
                LocalDate.of(2026, 11, 30),
                Optional.empty(),
                instructions,
                "nl",
                List.of(new ProgramItem("bridge", dose, 7, note)));
    }

    @Test
    void aTitleThatNamesThePatientIsLeftOutSoTheKioskShowsItsNeutralHeading() {
        KioskProgram kiosk = KioskProgram.of(program("Олена Шевченко", "Rug 💪 Олена Шевченко — week 1", "", ""));
        assertThat(kiosk.title()).isEmpty();
    }

    @Test
    void theNameIsMaskedInInstructionsAndNotesAndTheRestStays() {
        KioskProgram kiosk = KioskProgram.of(
                program("Ingrid Peeters", "Rug", "Ingrid, doe dit rustig.", "Goed zo PEETERS! Ingrids knie ontzien."));
        assertThat(kiosk.title()).isEqualTo("Rug");
        assertThat(kiosk.instructions()).isEqualTo("…, doe dit rustig.");
        assertThat(kiosk.items().get(0).note()).isEqualTo("Goed zo …! Ingrids knie ontzien.");
    }

    @Test
    void accentsAndCaseDoNotHideTheName() {
        KioskProgram kiosk = KioskProgram.of(program("Jan Ververs-Höfte", "Rug", "Mevrouw HOFTE: elke dag", ""));
        assertThat(kiosk.instructions()).isEqualTo("Mevrouw …: elke dag");
    }

    @Test
    void aProgramWithoutANameOrWithoutItInTheTextIsShownAsWritten() {
        Program plain =
                program("Piet van der Berg", "Oefeningen van de fysiotherapeut", "Bergop lopen mag", "Van 1 tot 10");
        KioskProgram kiosk = KioskProgram.of(plain);
        assertThat(kiosk.title()).isEqualTo(plain.title());
        assertThat(kiosk.instructions()).isEqualTo(plain.instructions());
        assertThat(kiosk.items()).isEqualTo(plain.items());
        assertThat(KioskProgram.of(program(null, "Jan", "Jan", "Jan")).title()).isEqualTo("Jan");
    }
}
