package org.physiokiosk.handout;

import java.awt.print.Book;
import java.awt.print.PageFormat;
import java.awt.print.Pageable;
import java.awt.print.Paper;
import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.io.IOException;
import javax.print.PrintService;
import javax.print.attribute.HashPrintRequestAttributeSet;
import javax.print.attribute.PrintRequestAttributeSet;
import javax.print.attribute.standard.JobName;
import javax.print.attribute.standard.MediaSizeName;
import javax.print.attribute.standard.OrientationRequested;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.PDFPageable;
import org.apache.pdfbox.printing.PDFPrintable;
import org.apache.pdfbox.printing.Scaling;

/**
 * Prints the very bytes {@link HandoutRenderer} wrote (so paper, preview and export agree) on ISO A4,
 * portrait. Java asks for Letter unless told, so A4 is requested explicitly.
 *
 * <p>Margins: the handout keeps all ink {@link HandoutStyle#INK_INSET} points (12.7 mm) from every edge,
 * more than common printers cannot reach, so it normally prints at 100 % through {@link PDFPageable}, the
 * text exactly as large as on screen. Only when the printer says its printable area on A4 cuts into that
 * inked area is the page shrunk, just enough to fit the printable area, never enlarged. The job is named
 * after the clinic tool, never after the patient.
 */
public final class HandoutPrinter {

    /** What a print queue sees as the job's name. */
    public static final String JOB_NAME = "PhysioKiosk handout";

    private final PrinterJob job;

    public HandoutPrinter() {
        this(PrinterJob.getPrinterJob());
    }

    HandoutPrinter(PrinterJob job) {
        this.job = job;
    }

    /** Said when the computer has no printer (no print service) set up at all: nothing to choose in a dialog. */
    public static final class NoPrinterException extends PrinterException {
        private static final long serialVersionUID = 1L;

        NoPrinterException() {
            super("no printer is set up on this computer");
        }
    }

    /**
     * The system print dialog (printer, copies, pages; ISO A4 chosen), then {@code pdf} on the printer chosen there.
     * Blocks until the dialog is closed and the job handed over: call it off the JavaFX thread. Returns false
     * when the user cancelled the dialog.
     *
     * @throws NoPrinterException when there is no printer to choose
     */
    public boolean printWithDialog(byte[] pdf) throws IOException, PrinterException {
        return print(pdf, null, true);
    }

    /**
     * Prints {@code pdf} on {@code printer} (null: the system's default printer), after the system print
     * dialog when {@code showDialog}. Returns false when the user cancelled the dialog.
     */
    public boolean print(byte[] pdf, PrintService printer, boolean showDialog) throws IOException, PrinterException {
        PrintRequestAttributeSet attributes = attributes();
        if (printer != null) {
            job.setPrintService(printer);
        }
        if (job.getPrintService() == null) {
            throw new NoPrinterException();
        }
        job.setJobName(JOB_NAME);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            // Set before the dialog, so that it offers the handout's pages (1 to n) to choose from.
            job.setPageable(new PDFPageable(document));
            if (showDialog && !job.printDialog(attributes)) {
                return false;
            }
            job.setPageable(pageable(document, printableArea()));
            job.print(attributes);
        }
        return true;
    }

    /** A4, portrait, one copy of each page in order. */
    static PrintRequestAttributeSet attributes() {
        PrintRequestAttributeSet attributes = new HashPrintRequestAttributeSet();
        attributes.add(MediaSizeName.ISO_A4);
        attributes.add(OrientationRequested.PORTRAIT);
        attributes.add(new JobName(JOB_NAME, null));
        return attributes;
    }

    /**
     * The printable area on A4 of the printer chosen (in the dialog, if any), as the printer reports it. Not the
     * dialog's margin fields: they default to 1 inch whatever the printer can do, and honouring them shrank
     * every page to about 85 % (seen on a cups-pdf queue, decision 0008).
     */
    private PageFormat printableArea() {
        PageFormat a4 = job.defaultPage();
        Paper paper = new Paper();
        paper.setSize(HandoutStyle.PAGE.getWidth(), HandoutStyle.PAGE.getHeight());
        paper.setImageableArea(0, 0, paper.getWidth(), paper.getHeight());
        a4.setPaper(paper);
        a4.setOrientation(PageFormat.PORTRAIT);
        return job.validatePage(a4);
    }

    /** At 100 % when the printable area holds all the ink; otherwise shrunk into the printable area. */
    static Pageable pageable(PDDocument document, PageFormat printable) {
        if (holdsTheInk(printable)) {
            return new PDFPageable(document);
        }
        Book book = new Book();
        book.append(
                new PDFPrintable(document, Scaling.SHRINK_TO_FIT, false, 0, true),
                printable,
                document.getNumberOfPages());
        return book;
    }

    static boolean holdsTheInk(PageFormat printable) {
        double inset = HandoutStyle.INK_INSET;
        return printable.getImageableX() <= inset
                && printable.getImageableY() <= inset
                && printable.getImageableX() + printable.getImageableWidth() >= printable.getWidth() - inset
                && printable.getImageableY() + printable.getImageableHeight() >= printable.getHeight() - inset;
    }
}
