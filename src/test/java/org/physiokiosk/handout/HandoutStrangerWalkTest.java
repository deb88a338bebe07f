package org.physiokiosk.handout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.physiokiosk.handout.HandoutLayout.Part;
import org.physiokiosk.handout.HandoutLayout.Placement;
import org.physiokiosk.program.Program;

/**
 * The stranger's walk of the handout (decision 0040): the longest texts the builder takes (it sets no limit),
 * names in many scripts, an empty program, one exercise and every exercise. The red flags open page 1 whatever
 * the header holds, nothing runs into the footer, and the patient's name stays out of the metadata even when
 * the therapist put it in the title.
 */
class HandoutStrangerWalkTest {

    private static final HandoutRenderer RENDERER =
            new HandoutRenderer(StrangerHandouts.catalog(), HandoutFixtures.CLINIC);
    private static final List<String> NAME_PARTS = List.of("Şükrü", "Ağaoğlu", "Łukasiewicz", "Hondt");

    @Test
    void noExplanationHoweverLongPushesTheRedFlagsOffPageOne() throws IOException {
        for (String language : List.of("nl", "en")) {
            for (int times : List.of(1, 3, 12)) {
                Program longest = StrangerHandouts.longest(language, 2);
                Program program = longest.withInstructions(
                        StrangerHandouts.longNote(language).repeat(times).strip());
                HandoutLayout layout = RENDERER.layout(program, HandoutReviewSamples.CODE);
                String name = "%s, explanation of %d characters"
                        .formatted(language, program.instructions().length());
                assertThat(layout.of(Part.SAFETY).get(0).page()).as(name).isEqualTo(1);
                assertNothingRunsIntoTheFooter(layout, name);
                try (PDDocument pdf = Loader.loadPDF(RENDERER.toBytes(program, HandoutReviewSamples.CODE))) {
                    String all = String.join(" ", HandoutContentTest.pageTexts(pdf));
                    String last = StrangerHandouts.longNote(language).strip();
                    assertThat(all)
                            .as("%s: every word of it is printed", name)
                            .contains(last.substring(last.length() - 40));
                }
            }
        }
    }

    @Test
    void noNoteHoweverLongRunsIntoTheFooterOrLosesAWord() throws IOException {
        for (String language : List.of("nl", "en")) {
            Program program = StrangerHandouts.hugeNotes(language);
            String note = program.items().get(0).note();
            HandoutLayout layout = RENDERER.layout(program, Optional.empty());
            assertNothingRunsIntoTheFooter(layout, language + ", notes of " + note.length() + " characters");
            try (PDDocument pdf = Loader.loadPDF(RENDERER.toBytes(program, Optional.empty()))) {
                String all = String.join(" ", HandoutContentTest.pageTexts(pdf));
                assertThat(all.split("THE-END", -1)).as(language).hasSize(3);
            }
        }
    }

    @Test
    void theStrangersHandoutsKeepEveryBlockBetweenTheMargins() throws IOException {
        for (StrangerHandouts.Sample sample : StrangerHandouts.samples()) {
            HandoutLayout layout = RENDERER.layout(sample.program(), sample.code());
            assertThat(layout.of(Part.SAFETY).get(0).page()).as(sample.name()).isEqualTo(1);
            assertNothingRunsIntoTheFooter(layout, sample.name());
        }
    }

    @Test
    void aTitleThatNamesThePatientIsPrintedButKeptOutOfTheMetadata() throws IOException {
        for (String language : List.of("nl", "en")) {
            Program program = StrangerHandouts.longest(language, 1).withTitle("Oefeningen voor Şükrü Ağaoğlu");
            try (PDDocument pdf = Loader.loadPDF(RENDERER.toBytes(program, Optional.empty()))) {
                assertThat(HandoutContentTest.pageTexts(pdf).get(0)).contains("Oefeningen voor Şükrü Ağaoğlu");
                String xmp = new String(pdf.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
                var info = pdf.getDocumentInformation();
                for (String part : NAME_PARTS) {
                    assertThat(xmp).as(language).doesNotContain(part);
                    for (String key : info.getMetadataKeys()) {
                        assertThat(String.valueOf(info.getCustomMetadataValue(key)))
                                .as("%s: %s", language, key)
                                .doesNotContain(part);
                    }
                }
                assertThat(info.getTitle()).isEqualTo(new HandoutWords(language).get("exercises.heading"));
            }
        }
    }

    private static void assertNothingRunsIntoTheFooter(HandoutLayout layout, String name) {
        for (Placement placed : layout.placements()) {
            assertThat(placed.top()).as("%s: %s", name, placed).isGreaterThanOrEqualTo(HandoutStyle.TOP);
            assertThat(placed.bottom()).as("%s: %s", name, placed).isLessThanOrEqualTo(HandoutStyle.BODY_END);
            assertThat(placed.page()).as(name).isBetween(1, layout.pages());
        }
    }
}
