package org.physiokiosk.handout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.physiokiosk.content.DoseWords;
import org.physiokiosk.program.Program;
import org.physiokiosk.program.ProgramItem;

/** What the patient reads: read back from the PDF's text and structure, not from our own layout objects. */
class HandoutContentTest {

    @Test
    void everyDoseIsPrintedAsGivenAndEachExerciseStaysOnOnePage() throws IOException {
        Program program = HandoutFixtures.program(10, "nl");
        List<ProgramItem> items = new ArrayList<>(program.items());
        items.set(3, new ProgramItem(items.get(3).exercise(), HandoutFixtures.fullDose(), 3, ""));
        program = program.withItems(items);
        try (PDDocument pdf = Loader.loadPDF(HandoutFixtures.render(program))) {
            List<String> pages = pageTexts(pdf);
            DoseWords words = new DoseWords("nl");
            assertThat(String.join(" ", pages))
                    .contains(
                            "3 series van 10 keer · 5 seconden vasthouden · per kant · 2 keer per dag · 3 dagen per week");
            for (int i = 0; i < program.items().size(); i++) {
                ProgramItem item = program.items().get(i);
                String name = (i + 1) + ". "
                        + HandoutFixtures.catalog()
                                .exercise(item.exercise())
                                .orElseThrow()
                                .title()
                                .in("nl");
                String dose = words.line(item.dose(), item.daysPerWeek());
                assertThat(pages)
                        .as("one page holds exercise %s with its dose line", name)
                        .anyMatch(page -> page.contains(name) && page.contains(dose));
            }
        }
    }

    @Test
    void theKioskCodeIsOnPageOneUnderTheRedFlagsAndItsBoxSaysHowAndUntilWhen() throws IOException {
        // The upper back's red flags leave room on page 1 under a short header (the low back's 14 do not).
        Program full = HandoutFixtures.program(2, "en");
        org.physiokiosk.content.Exercise upperBack = HandoutFixtures.catalog()
                .exercisesOf(HandoutFixtures.catalog().conditions().get("upper-back-pain"))
                .get(0);
        Program program = new Program(
                Optional.empty(),
                0,
                "",
                Optional.empty(),
                "",
                full.date(),
                Optional.empty(),
                "",
                "en",
                List.of(new ProgramItem(upperBack.id(), upperBack.dose(), 7, "")));
        var code = new org.physiokiosk.program.IssuedCode(
                org.physiokiosk.program.ProgramCode.parse("K7QM4XPR").value(),
                "abc",
                program.date(),
                java.time.LocalDate.of(2027, 1, 24));
        byte[] pdf = new HandoutRenderer(HandoutFixtures.catalog(), HandoutFixtures.CLINIC)
                .toBytes(program, Optional.of(code));
        HandoutLayout layout = new HandoutRenderer(HandoutFixtures.catalog(), HandoutFixtures.CLINIC)
                .layout(program, Optional.of(code));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> pages = pageTexts(document);
            String page1 = pages.get(0);
            assertThat(page1.indexOf("K7QM-4XPR"))
                    .as("on page 1, under the red flags (in the box or the footer)")
                    .isGreaterThan(page1.indexOf("When to get help"));
            if (!layout.of(HandoutLayout.Part.KIOSK_CODE).isEmpty()) {
                assertThat(pages.get(
                                layout.of(HandoutLayout.Part.KIOSK_CODE).get(0).page() - 1))
                        .contains("My program")
                        .contains("24 January 2027");
            }
        }
        try (PDDocument document = Loader.loadPDF(HandoutFixtures.render(program))) {
            assertThat(pageTexts(document).get(0)).as("no code, no code box").doesNotContain("Your code for the kiosk");
        }
    }

    @Test
    void stopLineRedFlagBoxAndPageNumbersAreOnTheHandout() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(HandoutFixtures.render(HandoutFixtures.program(2, "nl")))) {
            List<String> pages = pageTexts(pdf);
            int count = pages.size();
            assertThat(pages.get(0))
                    .contains("Stop als de pijn erger wordt.")
                    .contains("Wanneer moet je hulp zoeken?")
                    .contains(HandoutFixtures.catalog()
                            .redFlags()
                            .get("saddle-numbness")
                            .text()
                            .in("nl"))
                    .contains("Zoek meteen hulp: bel direct je huisarts");
            for (int i = 0; i < count; i++) {
                assertThat(pages.get(i))
                        .contains("pagina " + (i + 1) + " van " + count)
                        .contains("30 november 2026");
            }
            assertThat(String.join(" ", pages))
                    .contains("Oefenlogboek")
                    .contains("Bronnen")
                    .contains(
                            HandoutFixtures.catalog().disclaimer().orElseThrow().in("nl"));
        }
    }

    /** What keeps a patient safe at home is printed word for word: every warning sign with what to do, every caution. */
    @Test
    void everyWarningSignWithItsActionEveryCautionAndTheNoteArePrinted() throws IOException {
        for (String language : List.of("nl", "en")) {
            var catalog = HandoutFixtures.catalog();
            Program program = HandoutFixtures.program(4, language);
            List<ProgramItem> items = new ArrayList<>(program.items());
            // and the two exercises with the most cautions (the fixture's first four have only the stop rule)
            catalog.exercises().values().stream()
                    .sorted(java.util.Comparator.comparingInt(
                            exercise -> -exercise.cautions().size()))
                    .limit(2)
                    .forEach(exercise -> items.add(new ProgramItem(exercise.id(), exercise.dose(), 7, "")));
            assertThat(catalog.exercise(items.get(items.size() - 2).exercise())
                            .orElseThrow()
                            .cautions())
                    .hasSizeGreaterThan(1);
            program = program.withItems(items);
            try (PDDocument pdf = Loader.loadPDF(HandoutFixtures.render(program))) {
                String text = String.join(" ", pageTexts(pdf));
                var flags = catalog.redFlagsForExercises(
                        program.items().stream().map(ProgramItem::exercise).toList());
                assertThat(flags)
                        .as("the fixture has warning signs with actions")
                        .anyMatch(f -> f.action().isPresent());
                for (var flag : flags) {
                    String line = flag.text().in(language)
                            + flag.action()
                                    .map(action -> " " + action.in(language))
                                    .orElse("");
                    assertThat(text)
                            .as("warning sign %s in %s", flag.id(), language)
                            .contains(line.replaceAll("\\s+", " "));
                }
                for (ProgramItem item : program.items()) {
                    for (var caution :
                            catalog.exercise(item.exercise()).orElseThrow().cautions()) {
                        assertThat(text)
                                .as("caution of %s in %s", item.exercise(), language)
                                .contains(caution.in(language).replaceAll("\\s+", " "));
                    }
                    assertThat(text).as("the therapist's note").contains(item.note());
                }
            }
        }
    }

    /** Decision 0023: a caution all the program's exercises share is printed once, before the first of them. */
    @Test
    void aCautionEveryExerciseSharesIsPrintedOnceBeforeTheFirstExercise() throws IOException {
        for (String language : List.of("nl", "en")) {
            var catalog = HandoutFixtures.catalog();
            Program program = HandoutFixtures.program(3, language);
            var shared = SharedCautions.of(
                    program.items().stream()
                            .map(item -> catalog.exercise(item.exercise()).orElseThrow())
                            .toList(),
                    language);
            assertThat(shared).as("the bundled exercises share the stop rule").isNotEmpty();
            try (PDDocument pdf = Loader.loadPDF(HandoutFixtures.render(program))) {
                String text = String.join(" ", pageTexts(pdf));
                String firstTitle = catalog.exercise(program.items().get(0).exercise())
                        .orElseThrow()
                        .title()
                        .in(language);
                for (String caution : shared) {
                    String printed = caution.replaceAll("\\s+", " ");
                    assertThat(text.split(java.util.regex.Pattern.quote(printed), -1))
                            .as("printed once")
                            .hasSize(2);
                    assertThat(text.indexOf(printed)).isLessThan(text.indexOf("1. " + firstTitle));
                }
            }
            Program one = HandoutFixtures.program(1, language);
            assertThat(SharedCautions.of(
                            List.of(catalog.exercise(one.items().get(0).exercise())
                                    .orElseThrow()),
                            language))
                    .as("one exercise keeps its own cautions")
                    .isEmpty();
        }
    }

    @Test
    void englishHandoutIsInEnglishWhateverTheScreenSays() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(HandoutFixtures.render(HandoutFixtures.program(3, "en")))) {
            String text = String.join(" ", pageTexts(pdf));
            assertThat(text)
                    .contains("Stop if the pain gets worse.")
                    .contains("When to get help")
                    .contains("page 1 of ")
                    .contains("How much:")
                    .contains("Exercise log")
                    .doesNotContain("Hoe vaak")
                    .doesNotContain("pagina");
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("en");
        }
    }

    @Test
    void patientNameIsOnPageOneAndInNoMetadata() throws IOException {
        byte[] bytes = HandoutFixtures.render(HandoutFixtures.program(4, "nl"));
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            List<String> pages = pageTexts(pdf);
            assertThat(pages.get(0)).contains(HandoutFixtures.PATIENT);
            assertThat(pages.subList(1, pages.size())).noneMatch(page -> page.contains(HandoutFixtures.PATIENT));
            var info = pdf.getDocumentInformation();
            for (String key : info.getMetadataKeys()) {
                assertThat(String.valueOf(info.getCustomMetadataValue(key))).doesNotContain("Marieke");
            }
            String xmp = new String(pdf.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertThat(xmp)
                    .contains("Thuisoefeningen lage rug")
                    .contains("pdfuaid")
                    .doesNotContain("Marieke");
            assertThat(info.getTitle()).isEqualTo("Thuisoefeningen lage rug");
        }
    }

    @Test
    void everyDrawingIsAFigureWithAltTextTwoOrMorePerExercise() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(HandoutFixtures.render(HandoutFixtures.program(10, "en")))) {
            List<PDStructureElement> figures = new ArrayList<>();
            collect(pdf.getDocumentCatalog().getStructureTreeRoot(), "Figure", figures);
            assertThat(figures)
                    .hasSizeGreaterThanOrEqualTo(20)
                    .allSatisfy(figure ->
                            assertThat(figure.getAlternateDescription()).isNotBlank());
            assertThat(figures.get(0).getAlternateDescription()).startsWith("Start position: ");
            List<PDStructureElement> headings = new ArrayList<>();
            collect(pdf.getDocumentCatalog().getStructureTreeRoot(), "H1", headings);
            assertThat(headings).hasSize(1);
            assertThat(pdf.getDocumentCatalog()
                            .getViewerPreferences()
                            .getCOSObject()
                            .getBoolean(COSName.getPDFName("DisplayDocTitle"), false))
                    .isTrue();
        }
    }

    @Test
    void programWithoutExercisesStillCarriesTheStopLineAndTheEmergencyFlags() throws IOException {
        Program empty = HandoutFixtures.program(1, "en").withItems(List.of());
        try (PDDocument pdf = Loader.loadPDF(HandoutFixtures.render(empty))) {
            String text = String.join(" ", pageTexts(pdf));
            assertThat(text)
                    .contains("Stop if the pain gets worse.")
                    .contains(HandoutFixtures.catalog()
                            .redFlags()
                            .get("saddle-numbness")
                            .text()
                            .in("en"))
                    .doesNotContain("Exercise log");
        }
    }

    @Test
    void tenExercisesStayUnder300Kilobytes() {
        assertThat(HandoutFixtures.render(HandoutFixtures.program(10, "nl")).length)
                .isLessThan(300 * 1024);
    }

    @Test
    void programWithAnUnknownExerciseIsRefusedByName() {
        Program program = HandoutFixtures.program(1, "nl")
                .withItems(List.of(new ProgramItem("no-such-exercise", HandoutFixtures.fullDose(), 7, "")));
        assertThatThrownBy(() -> new HandoutRenderer(HandoutFixtures.catalog(), HandoutFixtures.CLINIC)
                        .write(program, new ByteArrayOutputStream()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no-such-exercise");
    }

    @Test
    void logCoversTheWeeksUntilReviewWithinLimits() {
        Program program = HandoutFixtures.program(1, "nl");
        Program noReview = new Program(
                Optional.empty(),
                0,
                "t",
                Optional.empty(),
                "",
                program.date(),
                Optional.empty(),
                "",
                "nl",
                program.items());
        assertThat(AdherenceLog.weeks(program)).isEqualTo(3);
        assertThat(AdherenceLog.weeks(noReview)).isEqualTo(AdherenceLog.WEEKS_WITHOUT_REVIEW);
        assertThat(AdherenceLog.weeks(withReview(program, 0))).isEqualTo(1);
        assertThat(AdherenceLog.weeks(withReview(program, 8))).isEqualTo(2);
        assertThat(AdherenceLog.weeks(withReview(program, 200))).isEqualTo(AdherenceLog.MAX_WEEKS);
    }

    private static Program withReview(Program program, int days) {
        return new Program(
                Optional.empty(),
                0,
                "t",
                Optional.empty(),
                "",
                program.date(),
                Optional.of(program.date().plusDays(days)),
                "",
                "nl",
                program.items());
    }

    static List<String> pageTexts(PDDocument pdf) throws IOException {
        List<String> pages = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper();
        for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            // Lines a dose or a sentence was wrapped at come back as spaces, as a reader reads them.
            pages.add(stripper.getText(pdf).replaceAll("\\s+", " "));
        }
        return pages;
    }

    /** Every structure element of {@code type} under {@code node}, in document order. */
    static void collect(PDStructureNode node, String type, List<PDStructureElement> found) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                if (type.equals(element.getStructureType())) {
                    found.add(element);
                }
                collect(element, type, found);
            }
        }
    }
}
