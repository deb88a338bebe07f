package org.physiokiosk.handout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.physiokiosk.content.DoseWords;
import org.physiokiosk.content.Exercise;
import org.physiokiosk.program.ProgramItem;

/** Text wrapping, and the promise PageFlow relies on: no exercise block is taller than a page. */
class HandoutLayoutTest {

    @Test
    void doseLineBreaksOnlyBetweenItsParts() throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            HandoutFonts fonts = HandoutFonts.load(pdf);
            List<String> parts = new DoseWords("en").parts(HandoutFixtures.fullDose(), 3);
            List<String> lines = TextWrap.partLines(parts, DoseWords.SEPARATOR, fonts.bold(), HandoutStyle.DOSE, 260);
            assertThat(lines).hasSizeGreaterThan(1);
            assertThat(String.join(" ", lines)).isEqualTo(new DoseWords("en").line(HandoutFixtures.fullDose(), 3));
            for (String line : lines) {
                assertThat(TextWrap.width(line, fonts.bold(), HandoutStyle.DOSE))
                        .isLessThanOrEqualTo(260);
                assertThat(parts).anyMatch(line::startsWith);
            }
        }
    }

    @Test
    void wrappedLinesFitAndKeepEveryWord() throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            HandoutFonts fonts = HandoutFonts.load(pdf);
            String text =
                    "Houd je knieën bij elkaar en laat ze rustig naar één kant zakken. Rugspierversterkingsoefeningenlijst.";
            List<String> lines = TextWrap.lines(text, fonts.regular(), 13, 120, 30);
            assertThat(TextWrap.width(lines.get(0), fonts.regular(), 13)).isLessThanOrEqualTo(90);
            assertThat(lines)
                    .allSatisfy(line -> assertThat(TextWrap.width(line, fonts.regular(), 13))
                            .isLessThanOrEqualTo(120));
            assertThat(String.join("", lines).replace(" ", "")).isEqualTo(text.replace(" ", ""));
        }
    }

    @Test
    void aCharacterNoBundledFontHasBecomesAVisibleSquareAndWhiteSpaceIsPlain() throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            // Chinese has a fallback font now (decision 0031); an emoji has none.
            assertThat(TextWrap.printable(
                            "rug\u4e2dpijn\ttab \uD83D\uDE00",
                            HandoutFonts.load(pdf).regular()))
                    .isEqualTo("rug\u4e2dpijn tab \u25A1");
        }
    }

    @Test
    void everyBundledExerciseWithANoteFitsOnOnePage() throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            HandoutFonts fonts = HandoutFonts.load(pdf);
            Tagging tagging = new Tagging(pdf);
            String note = "Rustig aan in de eerste week. ".repeat(6);
            for (String language : List.of("nl", "en")) {
                HandoutWords words = new HandoutWords(language);
                for (Exercise exercise : HandoutFixtures.catalog().exercises().values()) {
                    ProgramItem item = new ProgramItem(exercise.id(), HandoutFixtures.fullDose(), 3, note);
                    Block block = ExerciseBlock.of(
                            HandoutFixtures.catalog(),
                            exercise,
                            item,
                            10,
                            language,
                            words,
                            fonts,
                            tagging.document(),
                            Set.of(),
                            true);
                    assertThat(block.height()).as(exercise.id()).isLessThan(HandoutStyle.BODY_END - HandoutStyle.TOP);
                }
            }
        }
    }
}
