package org.physiokiosk.handout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.physiokiosk.handout.HandoutLayout.Part;
import org.physiokiosk.handout.HandoutLayout.Placement;
import org.physiokiosk.program.Program;

/**
 * Where the kiosk code and the exercise log go (decision 0038), judged from the layout record over every
 * bundled condition and template, in Dutch and English: the code never costs the red flags room on page 1,
 * and the log is never split across pages unless it cannot fit one, and then only at a week.
 */
class HandoutCodeAndLogPlacementTest {

    private static final List<String> LANGUAGES = List.of("nl", "en");
    private static final HandoutRenderer RENDERER =
            new HandoutRenderer(HandoutFixtures.catalog(), HandoutFixtures.CLINIC);
    private static final float PAGE_BODY = HandoutStyle.BODY_END - HandoutStyle.TOP;

    @Test
    void theRedFlagsAreWholeOnPageOneWithACodeWheneverTheyAreWithout() throws IOException {
        int wholeWithout = 0;
        for (Map.Entry<String, Program> entry :
                HandoutFixtures.everyProgram(true).entrySet()) {
            String name = entry.getKey();
            HandoutLayout without = RENDERER.layout(entry.getValue(), Optional.empty());
            HandoutLayout with = RENDERER.layout(entry.getValue(), HandoutReviewSamples.CODE);
            if (name.contains("untitled")) {
                assertThat(without.of(Part.SAFETY))
                        .as("%s: a short header leaves the whole box on page 1", name)
                        .singleElement()
                        .extracting(Placement::page)
                        .isEqualTo(1);
            }
            if (without.of(Part.SAFETY).size() == 1) {
                wholeWithout++;
                assertThat(with.of(Part.SAFETY))
                        .as("%s: the red flags with a kiosk code", name)
                        .containsExactlyElementsOf(without.of(Part.SAFETY));
            }
            List<Placement> code = with.of(Part.KIOSK_CODE);
            if (with.codeInFooter()) {
                assertThat(code)
                        .as("%s: a code in the footer is printed in full only at the end", name)
                        .allSatisfy(placed -> assertThat(placed.page()).isEqualTo(with.pages()));
            } else {
                Placement safety = with.of(Part.SAFETY).get(0);
                assertThat(code)
                        .as("%s: the code box on page 1, under the red flags", name)
                        .singleElement()
                        .satisfies(placed -> {
                            assertThat(placed.page()).isEqualTo(1);
                            assertThat(placed.top()).isGreaterThanOrEqualTo(safety.bottom());
                        });
            }
        }
        assertThat(wholeWithout).as("programs whose red flags fit page 1").isGreaterThanOrEqualTo(18);
    }

    /**
     * The kiosk sends the patient to page 1 for the code ("Mijn programma"), so page 1 carries the code and what
     * to do with it for every bundled program, whether the full box fits there or the code went to the footer,
     * and the code costs no page (decision 0040).
     */
    @Test
    void pageOneSaysTheCodeAndWhatToDoWithItForEveryProgram() throws IOException {
        for (Map.Entry<String, Program> entry :
                HandoutFixtures.everyProgram(true).entrySet()) {
            Program program = entry.getValue();
            String tapThis = "nl".equals(program.language()) ? "\"Mijn programma\"" : "\"My program\"";
            try (PDDocument pdf = Loader.loadPDF(RENDERER.toBytes(program, HandoutReviewSamples.CODE))) {
                assertThat(HandoutContentTest.pageTexts(pdf).get(0))
                        .as("%s: page 1", entry.getKey())
                        .contains("K7QM-4XPR")
                        .contains(tapThis);
                assertThat(pdf.getNumberOfPages())
                        .as("%s: pages with the code", entry.getKey())
                        .isEqualTo(RENDERER.layout(program, Optional.empty()).pages());
            }
        }
    }

    @Test
    void aCodeWithoutRoomOnPageOneIsInEveryPagesFooter() throws IOException {
        for (String language : LANGUAGES) {
            Program program = HandoutFixtures.program(10, language);
            assertThat(RENDERER.layout(program, HandoutReviewSamples.CODE).codeInFooter())
                    .isTrue();
            HandoutWords words = new HandoutWords(language);
            String footer = words.format("code.footer", "K7QM-4XPR");
            try (PDDocument pdf = Loader.loadPDF(RENDERER.toBytes(program, HandoutReviewSamples.CODE))) {
                List<String> pages = HandoutContentTest.pageTexts(pdf);
                assertThat(pages.get(0)).contains(words.format("code.footer.first", "K7QM-4XPR"));
                assertThat(pages.subList(1, pages.size()))
                        .allSatisfy(page -> assertThat(page).contains(footer));
            }
        }
    }

    @Test
    void aLogThatFitsAPageIsNeverSplit() throws IOException {
        int split = 0;
        for (Map.Entry<String, Program> entry :
                HandoutFixtures.everyProgram(true).entrySet()) {
            for (int weeks : List.of(1, 2, 3, 4, 6)) {
                Program program = withWeeks(entry.getValue(), weeks);
                HandoutLayout layout = RENDERER.layout(program, Optional.empty());
                List<Placement> log = layout.of(Part.LOG);
                float height =
                        (float) log.stream().mapToDouble(Placement::height).sum();
                String name = entry.getKey() + ", " + weeks + " weeks";
                if (log.size() == 1) {
                    assertThat(log.get(0).bottom()).as(name).isLessThanOrEqualTo(HandoutStyle.BODY_END);
                    continue;
                }
                split++;
                assertThat(height + (log.size() - 1) * 16)
                        .as("%s: split in %d though it fits one page", name, log.size())
                        .isGreaterThan(PAGE_BODY);
                for (int i = 1; i < log.size(); i++) {
                    assertThat(log.get(i).top()).as(name).isEqualTo(HandoutStyle.TOP);
                    assertThat(log.get(i).page())
                            .as(name)
                            .isEqualTo(log.get(i - 1).page() + 1);
                }
                assertThat(log.get(log.size() - 1).page()).as(name).isEqualTo(layout.pages());
            }
        }
        assertThat(split)
                .as("some logs are too long for one page (the split is tested too)")
                .isPositive();
    }

    @Test
    void aLogThatGoesOnSaysSoOnThePageItGoesOnTo() throws IOException {
        for (String language : LANGUAGES) {
            Program program = withWeeks(HandoutFixtures.program(10, language), 3);
            HandoutLayout layout = RENDERER.layout(program, Optional.empty());
            List<Placement> log = layout.of(Part.LOG);
            assertThat(log).hasSizeGreaterThan(1);
            String cue = new HandoutWords(language).get("log.continued");
            try (PDDocument pdf = Loader.loadPDF(HandoutFixtures.render(program))) {
                List<String> pages = HandoutContentTest.pageTexts(pdf);
                assertThat(pages.get(log.get(0).page() - 1)).doesNotContain(cue);
                for (Placement goesOn : log.subList(1, log.size())) {
                    assertThat(pages.get(goesOn.page() - 1)).contains(cue);
                }
            }
        }
    }

    private static Program withWeeks(Program program, int weeks) {
        return new Program(
                program.id(),
                program.revision(),
                program.title(),
                program.patient(),
                program.therapist(),
                program.date(),
                Optional.of(program.date().plusWeeks(weeks)),
                program.instructions(),
                program.language(),
                program.items());
    }
}
