package org.physiokiosk.ui.builder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.physiokiosk.program.Program;

/** The suggested export name: title and date, never the patient. */
class ExportFileNameTest {

    private static Program program(String title, String patient) {
        return new Program(
                Optional.empty(),
                0,
                title,
                Optional.of(patient),
                "A. Jansen",
                LocalDate.of(2026, 11, 29),
                Optional.empty(),
                "",
                "nl",
                List.of());
    }

    @Test
    void titleAndDateWithoutAccentsOrOddCharacters() {
        assertThat(ExportFileName.suggest(program("Knieën & rug: week 1!", "Marie de Vries"), "oefenprogramma"))
                .isEqualTo("knieen-rug-week-1-2026-11-29.pdf");
    }

    @Test
    void anEmptyTitleFallsBackToTheWordForAProgramNeverToThePatient() {
        String name = ExportFileName.suggest(program("", "Marie de Vries"), "oefenprogramma");
        assertThat(name).isEqualTo("oefenprogramma-2026-11-29.pdf").doesNotContainIgnoringCase("vries");
    }

    @Test
    void aLongTitleIsCut() {
        assertThat(ExportFileName.suggest(program("a ".repeat(60), "x"), "p")).hasSizeLessThan(60);
    }

    /** Seen on the real desk: "oefenprogramma-lage-rug-lumbago-of-herni-2026-11-30.pdf", a word cut in half. */
    @Test
    void aLongTitleIsCutAtAWordsEnd() {
        String name =
                ExportFileName.suggest(program("Oefenprogramma lage rug (lumbago of hernia) thuis (kopie)", "x"), "p");
        assertThat(name).isEqualTo("oefenprogramma-lage-rug-lumbago-of-2026-11-29.pdf");
        assertThat(ExportFileName.slug("a".repeat(70))).hasSize(40); // one word longer than the cap: cut anyway
    }

    @Test
    void aTitleThatNamesThePatientGivesTheNeutralName() {
        String name = ExportFileName.suggest(program("Rug Олена Шевченко", "Олена Шевченко"), "oefenprogramma");
        assertThat(name).isEqualTo("oefenprogramma-2026-11-29.pdf");
        assertThat(ExportFileName.suggest(program("Oefeningen voor Jan de Vries", "J. de Vries"), "oefenprogramma"))
                .isEqualTo("oefenprogramma-2026-11-29.pdf");
    }
}
