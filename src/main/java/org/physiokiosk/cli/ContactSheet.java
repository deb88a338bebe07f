package org.physiokiosk.cli;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.physiokiosk.figure.FigureDrawing;
import org.physiokiosk.handout.PdfFigurePainter;

/**
 * Lays rows of figure drawings out on one tall PDF page and renders it to a PNG: the reviewer sees exactly
 * what the handout's painter draws. One row per exercise, a title above, one cell per step.
 */
final class ContactSheet {

    record Cell(FigureDrawing drawing, String caption) {
    }

    record Row(String title, List<Cell> cells) {
    }

    static final float CELL_W = 150, CELL_H = 118, CAPTION = 12, TITLE = 18, MARGIN = 16, GAP = 6;

    private final PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    void write(List<Row> rows, Path png, float scale) throws IOException {
        int columns = rows.stream().mapToInt(r -> r.cells().size()).max().orElse(1);
        float width = 2 * MARGIN + columns * (CELL_W + GAP);
        float rowHeight = TITLE + CELL_H + CAPTION + GAP;
        float height = 2 * MARGIN + rows.size() * rowHeight;
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(width, height));
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                PdfFigurePainter painter = new PdfFigurePainter(content, height);
                float top = MARGIN;
                for (Row row : rows) {
                    text(content, bold, 11, MARGIN, height - top - 12, row.title());
                    float x = MARGIN;
                    for (Cell cell : row.cells()) {
                        float cellTop = top + TITLE;
                        content.setStrokingColor(0.85f, 0.87f, 0.9f);
                        content.setLineWidth(0.5f);
                        content.addRect(x, height - cellTop - CELL_H, CELL_W, CELL_H);
                        content.stroke();
                        painter.paint(cell.drawing(), x + 4, cellTop + 4, CELL_W - 8, CELL_H - 8);
                        text(content, font, 7, x + 2, height - cellTop - CELL_H - 9, cell.caption());
                        x += CELL_W + GAP;
                    }
                    top += rowHeight;
                }
            }
            BufferedImage image = new PDFRenderer(document).renderImage(0, scale, ImageType.RGB);
            ImageIO.write(image, "png", png.toFile());
        }
    }

    private static void text(PDPageContentStream content, PDType1Font font, float size, float x, float y, String text)
            throws IOException {
        content.beginText();
        content.setNonStrokingColor(0.1f, 0.1f, 0.1f);
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(printable(font, text));
        content.endText();
    }

    /** The standard PDF fonts cover Western European letters only; anything else becomes '?'. */
    private static String printable(PDType1Font font, String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(cp -> {
            String ch = new String(Character.toChars(cp));
            try {
                font.encode(ch);
                out.append(ch);
            } catch (IOException | IllegalArgumentException e) {
                out.append('?');
            }
        });
        return out.toString();
    }
}
