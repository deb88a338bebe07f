package org.physiokiosk.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.physiokiosk.program.PatientNameCheck.Field.INSTRUCTIONS;
import static org.physiokiosk.program.PatientNameCheck.Field.NOTE;
import static org.physiokiosk.program.PatientNameCheck.Field.TITLE;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.physiokiosk.content.Dose;
import org.physiokiosk.content.IntRange;
import org.physiokiosk.content.Side;

class PatientNameCheckTest {

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
    void aSurnameInTheTitleIsFoundWhateverItsAccentsAndCase() {
        assertThat(PatientNameCheck.fieldsNamingThePatient(
                        program("Jan Ververs-Höfte", "Oefeningen voor mevrouw HOFTE", "", "")))
                .containsExactly(TITLE);
    }

    @Test
    void everyFieldTheKioskShowsIsLookedAt() {
        assertThat(PatientNameCheck.fieldsNamingThePatient(
                        program("Ingrid Peeters", "Rug", "Ingrid, doe dit rustig.", "Goed zo Peeters!")))
                .containsExactly(INSTRUCTIONS, NOTE);
    }

    @Test
    void particlesAndPartsOfWordsAreNotAName() {
        assertThat(PatientNameCheck.fieldsNamingThePatient(
                        program("Piet van der Berg", "Oefeningen van de fysiotherapeut", "Bergop lopen mag", "")))
                .isEmpty();
    }

    @Test
    void initialsTypedAsOneWordCount() {
        assertThat(PatientNameCheck.fieldsNamingThePatient(program("JdV", "Programma JdV", "", "")))
                .containsExactly(TITLE);
    }

    @Test
    void noPatientNoWarning() {
        assertThat(PatientNameCheck.fieldsNamingThePatient(program(null, "Jan", "Jan", "Jan")))
                .isEmpty();
    }
}
