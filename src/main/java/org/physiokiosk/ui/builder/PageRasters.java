package org.physiokiosk.ui.builder;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * The handout's real pages as pixels, made on a worker thread. Plain int ARGB arrays cross to the FX
 * thread, which copies them into images: no javafx-swing bridge, and no FX object made off its thread.
 */
final class PageRasters {

    /** One page's pixels, row by row. */
    record Page(int width, int height, int[] argb) {}

    private PageRasters() {}

    static List<Page> render(byte[] pdf, float dpi) throws IOException {
        List<Page> pages = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(document);
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                if (Thread.currentThread().isInterrupted()) {
                    break;
                }
                BufferedImage image = renderer.renderImageWithDPI(i, dpi, ImageType.RGB);
                int width = image.getWidth();
                int height = image.getHeight();
                pages.add(new Page(width, height, image.getRGB(0, 0, width, height, null, 0, width)));
            }
        }
        return pages;
    }
}
