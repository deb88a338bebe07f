package org.physiokiosk.handout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** veraPDF says the handout is PDF/A-2b and PDF/UA-1, and says a plain PDFBox file is not (so the check can fail). */
class HandoutConformanceTest {

    enum Standard {
        PDFA_2_B(PDFAFlavour.PDFA_2_B),
        PDFUA_1(PDFAFlavour.PDFUA_1);

        final PDFAFlavour flavour;

        Standard(PDFAFlavour flavour) {
            this.flavour = flavour;
        }
    }

    @BeforeAll
    static void startVeraPdf() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    @ParameterizedTest
    @EnumSource(Standard.class)
    void longDutchHandoutConforms(Standard standard) throws Exception {
        assertThat(failures(HandoutFixtures.render(HandoutFixtures.program(10, "nl")), standard.flavour))
                .isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Standard.class)
    void shortEnglishHandoutWithoutPatientOrReviewConforms(Standard standard) throws Exception {
        var full = HandoutFixtures.program(2, "en");
        var bare = new org.physiokiosk.program.Program(
                full.id(),
                0,
                "",
                java.util.Optional.empty(),
                "",
                full.date(),
                java.util.Optional.empty(),
                "",
                "en",
                full.items());
        assertThat(failures(HandoutFixtures.render(bare), standard.flavour)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Standard.class)
    void aHandoutWithItsKioskCodeConforms(Standard standard) throws Exception {
        var program = HandoutFixtures.program(2, "nl");
        var code = new org.physiokiosk.program.IssuedCode(
                org.physiokiosk.program.ProgramCode.random(),
                "abc",
                program.date(),
                program.date().plusWeeks(6));
        byte[] pdf = new HandoutRenderer(HandoutFixtures.catalog(), HandoutFixtures.CLINIC)
                .toBytes(program, java.util.Optional.of(code));
        assertThat(failures(pdf, standard.flavour)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Standard.class)
    void aHandoutInManyScriptsConforms(Standard standard) throws Exception {
        // Fallback fonts, Arabic drawn with ActualText, CJK: decision 0031.
        assertThat(failures(HandoutFixtures.render(HandoutScriptsTest.program()), standard.flavour))
                .isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Standard.class)
    void theStrangersLongestHandoutConforms(Standard standard) throws Exception {
        // An explanation that goes on over pages after the red flags, a week of the log split in runs of rows,
        // a compact log, names in many scripts with emoji, the code on page 1's footer: decision 0040.
        var program = StrangerHandouts.longest(
                        "nl", StrangerHandouts.catalog().exercises().size())
                .withInstructions(StrangerHandouts.longNote("nl").repeat(6).strip());
        byte[] pdf = new HandoutRenderer(StrangerHandouts.catalog(), HandoutFixtures.CLINIC)
                .toBytes(program, HandoutReviewSamples.CODE);
        assertThat(failures(pdf, standard.flavour)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Standard.class)
    void aPlainPdfFails(Standard standard) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            pdf.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(50, 700);
                content.showText("Stop if the pain gets worse.");
                content.endText();
            }
            pdf.save(out);
        }
        assertThat(failures(out.toByteArray(), standard.flavour)).isNotEmpty();
    }

    @org.junit.jupiter.api.Test
    void handoutWithoutLanguageOrFigureAltTextFailsPdfUa() throws Exception {
        byte[] good = HandoutFixtures.render(HandoutFixtures.program(2, "en"));
        assertThat(failures(good, PDFAFlavour.PDFUA_1)).isEmpty();
        assertThat(failures(changed(good, pdf -> pdf.getDocumentCatalog().setLanguage(null)), PDFAFlavour.PDFUA_1))
                .isNotEmpty();
        assertThat(failures(
                        changed(
                                good,
                                pdf -> firstFigure(pdf.getDocumentCatalog().getStructureTreeRoot())
                                        .setAlternateDescription(null)),
                        PDFAFlavour.PDFUA_1))
                .isNotEmpty();
    }

    private static byte[] changed(byte[] pdf, java.util.function.Consumer<PDDocument> change) throws Exception {
        try (PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            change.accept(document);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    private static org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement firstFigure(
            org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode node) {
        for (Object kid : node.getKids()) {
            if (kid
                    instanceof
                    org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement element) {
                if ("Figure".equals(element.getStructureType())) {
                    return element;
                }
                var found = firstFigure(element);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** The failed rules, one line each ("6.2.11.4.1: ..."), empty when the file conforms. */
    static List<String> failures(byte[] pdf, PDFAFlavour flavour) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            List<String> failed = result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage()
                            + " @ " + a.getLocation().getContext())
                    .distinct()
                    .toList();
            if (result.isCompliant()) {
                return List.of();
            }
            return failed.isEmpty() ? List.of("not compliant") : failed;
        }
    }
}
