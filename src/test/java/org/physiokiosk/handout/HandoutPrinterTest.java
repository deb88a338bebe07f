package org.physiokiosk.handout;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.print.Book;
import java.awt.print.PageFormat;
import java.awt.print.Pageable;
import java.awt.print.Paper;
import javax.print.attribute.standard.MediaSizeName;
import javax.print.attribute.standard.OrientationRequested;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.PDFPageable;
import org.junit.jupiter.api.Test;

/** The printing decisions, without a printer (the real print is .ci/print-check.sh against CUPS). */
class HandoutPrinterTest {

    private static PageFormat a4WithMargins(double points) {
        Paper paper = new Paper();
        paper.setSize(HandoutStyle.PAGE.getWidth(), HandoutStyle.PAGE.getHeight());
        paper.setImageableArea(points, points, paper.getWidth() - 2 * points, paper.getHeight() - 2 * points);
        PageFormat format = new PageFormat();
        format.setPaper(paper);
        return format;
    }

    @Test
    void asksForIsoA4PortraitAndNamesTheJobWithoutThePatient() {
        var attributes = HandoutPrinter.attributes();
        assertThat(attributes.get(javax.print.attribute.standard.Media.class)).isEqualTo(MediaSizeName.ISO_A4);
        assertThat(attributes.get(OrientationRequested.class)).isEqualTo(OrientationRequested.PORTRAIT);
        assertThat(HandoutPrinter.JOB_NAME).doesNotContain(HandoutFixtures.PATIENT);
    }

    @Test
    void usualPrinterMarginsPrintAtActualSize() throws Exception {
        assertThat(HandoutPrinter.holdsTheInk(a4WithMargins(0))).isTrue();
        assertThat(HandoutPrinter.holdsTheInk(a4WithMargins(18))).isTrue();
        try (PDDocument pdf = Loader.loadPDF(HandoutFixtures.render(HandoutFixtures.program(2, "nl")))) {
            Pageable pageable = HandoutPrinter.pageable(pdf, a4WithMargins(18));
            assertThat(pageable).isInstanceOf(PDFPageable.class);
            assertThat(pageable.getNumberOfPages()).isEqualTo(pdf.getNumberOfPages());
            assertThat(pageable.getPageFormat(0).getWidth())
                    .isEqualTo(HandoutStyle.PAGE.getWidth(), org.assertj.core.data.Offset.offset(0.5));
            assertThat(pageable.getPageFormat(0).getHeight())
                    .isEqualTo(HandoutStyle.PAGE.getHeight(), org.assertj.core.data.Offset.offset(0.5));
        }
    }

    @Test
    void marginsWiderThanTheHandoutsShrinkThePageIntoThePrintableArea() throws Exception {
        PageFormat wide = a4WithMargins(54);
        assertThat(HandoutPrinter.holdsTheInk(wide)).isFalse();
        try (PDDocument pdf = Loader.loadPDF(HandoutFixtures.render(HandoutFixtures.program(2, "nl")))) {
            Pageable pageable = HandoutPrinter.pageable(pdf, wide);
            assertThat(pageable).isInstanceOf(Book.class).isNotInstanceOf(PDFPageable.class);
            assertThat(pageable.getNumberOfPages()).isEqualTo(pdf.getNumberOfPages());
            assertThat(pageable.getPageFormat(0).getImageableX()).isEqualTo(54.0);
        }
    }

    @Test
    void theDialogOffersTheHandoutsPagesOnA4AndTheSamePdfIsPrintedAtActualSize() throws Exception {
        byte[] pdf = HandoutFixtures.render(HandoutFixtures.program(3, "nl"));
        int pages;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            pages = document.getNumberOfPages();
        }
        FakePrinterJob job = new FakePrinterJob(true, true, 18);

        assertThat(new HandoutPrinter(job).printWithDialog(pdf)).isTrue();

        assertThat(job.dialogs).isEqualTo(1);
        assertThat(job.dialogPages).isEqualTo(pages);
        assertThat(job.dialogAttributes.get(javax.print.attribute.standard.Media.class))
                .isEqualTo(MediaSizeName.ISO_A4);
        assertThat(job.printed).isInstanceOf(PDFPageable.class);
        assertThat(job.printedFormats).hasSize(pages).allSatisfy(format -> {
            assertThat(format.getWidth())
                    .isEqualTo(HandoutStyle.PAGE.getWidth(), org.assertj.core.data.Offset.offset(0.5));
            assertThat(format.getHeight())
                    .isEqualTo(HandoutStyle.PAGE.getHeight(), org.assertj.core.data.Offset.offset(0.5));
        });
    }

    @Test
    void marginsOfThePrinterChosenInTheDialogThatCutTheInkShrinkThePages() throws Exception {
        FakePrinterJob job = new FakePrinterJob(true, true, 54);
        assertThat(new HandoutPrinter(job).printWithDialog(HandoutFixtures.render(HandoutFixtures.program(2, "nl"))))
                .isTrue();
        assertThat(job.printed).isInstanceOf(Book.class);
        assertThat(job.printedFormats)
                .allSatisfy(format -> assertThat(format.getImageableX()).isEqualTo(54.0));
    }

    @Test
    void aCancelledDialogPrintsNothing() throws Exception {
        FakePrinterJob job = new FakePrinterJob(true, false, 18);
        assertThat(new HandoutPrinter(job).printWithDialog(HandoutFixtures.render(HandoutFixtures.program(1, "nl"))))
                .isFalse();
        assertThat(job.dialogs).isEqualTo(1);
        assertThat(job.printed).isNull();
    }

    @Test
    void withoutAnyPrinterNoDialogOpensAndTheErrorSaysSo() throws Exception {
        FakePrinterJob job = new FakePrinterJob(false, true, 18);
        byte[] pdf = HandoutFixtures.render(HandoutFixtures.program(1, "nl"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new HandoutPrinter(job).printWithDialog(pdf))
                .isInstanceOf(HandoutPrinter.NoPrinterException.class)
                .hasMessageContaining("no printer");
        assertThat(job.dialogs).isZero();
        assertThat(job.printed).isNull();
    }
}
