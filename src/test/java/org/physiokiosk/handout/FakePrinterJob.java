package org.physiokiosk.handout;

import java.awt.print.PageFormat;
import java.awt.print.Pageable;
import java.awt.print.Paper;
import java.awt.print.Printable;
import java.awt.print.PrinterJob;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import javax.print.PrintService;
import javax.print.attribute.PrintRequestAttributeSet;

/**
 * A printer job without a printer: says whether a print service exists, answers the dialog as told, and
 * records what it would have printed (page count and formats are read while the document is still open).
 */
final class FakePrinterJob extends PrinterJob {

    final boolean hasPrinter;
    final boolean dialogAccepted;
    final double marginPoints;
    int dialogs;
    int dialogPages = -1;
    PrintRequestAttributeSet dialogAttributes;
    final List<PageFormat> printedFormats = new ArrayList<>();
    Pageable printed;
    private Pageable pageable;

    FakePrinterJob(boolean hasPrinter, boolean dialogAccepted, double marginPoints) {
        this.hasPrinter = hasPrinter;
        this.dialogAccepted = dialogAccepted;
        this.marginPoints = marginPoints;
    }

    @Override
    public PrintService getPrintService() {
        return hasPrinter
                ? (PrintService) Proxy.newProxyInstance(
                        getClass().getClassLoader(),
                        new Class<?>[] {PrintService.class},
                        (proxy, method, args) -> method.getName().equals("getName") ? "Fake" : null)
                : null;
    }

    @Override
    public boolean printDialog(PrintRequestAttributeSet attributes) {
        dialogs++;
        dialogAttributes = attributes;
        dialogPages = pageable == null ? -1 : pageable.getNumberOfPages();
        // As Java's own dialog does: its margin fields show 1 inch whatever the printer can do, and go into the set.
        attributes.add(new javax.print.attribute.standard.MediaPrintableArea(
                25.4f, 25.4f, 210 - 50.8f, 297 - 50.8f, javax.print.attribute.standard.MediaPrintableArea.MM));
        return dialogAccepted;
    }

    @Override
    public void print(PrintRequestAttributeSet attributes) {
        printed = pageable;
        for (int i = 0; i < pageable.getNumberOfPages(); i++) {
            printedFormats.add(pageable.getPageFormat(i));
        }
    }

    @Override
    public void setPageable(Pageable document) {
        this.pageable = document;
    }

    @Override
    public void setPrintable(Printable painter) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void setPrintable(Printable painter, PageFormat format) {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean printDialog() {
        return printDialog(null);
    }

    @Override
    public PageFormat pageDialog(PageFormat page) {
        return page;
    }

    @Override
    public PageFormat defaultPage(PageFormat page) {
        return (PageFormat) page.clone();
    }

    /** The printer's printable area: A4 less {@code marginPoints} on every side. */
    @Override
    public PageFormat validatePage(PageFormat page) {
        Paper paper = new Paper();
        paper.setSize(HandoutStyle.PAGE.getWidth(), HandoutStyle.PAGE.getHeight());
        paper.setImageableArea(
                marginPoints, marginPoints, paper.getWidth() - 2 * marginPoints, paper.getHeight() - 2 * marginPoints);
        PageFormat format = new PageFormat();
        format.setPaper(paper);
        return format;
    }

    @Override
    public void print() {
        print(null);
    }

    @Override
    public void setCopies(int copies) {}

    @Override
    public int getCopies() {
        return 1;
    }

    @Override
    public String getUserName() {
        return "test";
    }

    @Override
    public void setJobName(String jobName) {}

    @Override
    public String getJobName() {
        return HandoutPrinter.JOB_NAME;
    }

    @Override
    public void cancel() {}

    @Override
    public boolean isCancelled() {
        return false;
    }
}
