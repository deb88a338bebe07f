package org.physiokiosk.cli;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
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
 * Draws rows of figure drawings with the handout's PDF painter and renders them to one PNG: the reviewer sees
 * exactly what the handout draws. One row per exercise, a title above, one cell per step; a row with more
 * steps than {@link #MAX_COLUMNS} wraps onto further lines instead of running off the page.
 *
 * <p>Each row is its own PDF page, rendered on its own and stitched under the previous one. A single tall
 * page grows past what PDF allows (14,400 points) and what viewers render once a clinic adds exercises or asks
 * for every pose; rows of their own never do, so no row can be dropped.
 */
final class ContactSheet {

    record Cell(FigureDrawing drawing, String caption) {}

    record Row(String title, List<Cell> cells) {}

    /** Where a row's title and each of its cells go on the row's page, in points from its top-left corner. */
    record Placement(float titleBaseline, List<float[]> cellBoxes, float width, float height) {}

    static final int MAX_COLUMNS = 6;
    static final float CELL_W = 150, CELL_H = 118, CAPTION = 12, TITLE = 18, MARGIN = 16, GAP = 6;

    private final PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    /** Every row's page is as wide as the widest row allows, so the stitched sheet has one width. */
    static float pageWidth(List<Row> rows) {
        int columns = Math.max(
                1,
                rows.stream()
                        .mapToInt(r -> Math.min(MAX_COLUMNS, r.cells().size()))
                        .max()
                        .orElse(1));
        return 2 * MARGIN + columns * CELL_W + (columns - 1) * GAP;
    }

    /** The boxes {x, yFromTop, w, h} of a row's cells: left to right, wrapping after {@link #MAX_COLUMNS}. */
    static Placement place(Row row, float width) {
        List<float[]> boxes = new ArrayList<>(row.cells().size());
        float top = (row.title().isEmpty() ? 0 : TITLE) + GAP / 2;
        for (int i = 0; i < row.cells().size(); i++) {
            int line = i / MAX_COLUMNS, column = i % MAX_COLUMNS;
            boxes.add(
                    new float[] {MARGIN + column * (CELL_W + GAP), top + line * (CELL_H + CAPTION + GAP), CELL_W, CELL_H
                    });
        }
        int lines = Math.max(1, (row.cells().size() + MAX_COLUMNS - 1) / MAX_COLUMNS);
        return new Placement(TITLE - 6, boxes, width, top + lines * (CELL_H + CAPTION + GAP));
    }

    /** The finished sheet and where, in its pixels, each row's cells ended up (for checking nothing is lost). */
    record Sheet(BufferedImage image, List<List<Rectangle>> cellPixels) {}

    void write(List<Row> rows, OutputStream png, float scale) throws IOException {
        ImageIO.write(draw(rows, scale).image(), "png", png);
    }

    Sheet draw(List<Row> rows, float scale) throws IOException {
        float width = pageWidth(rows);
        int margin = Math.round(MARGIN * scale);
        List<BufferedImage> strips = new ArrayList<>(rows.size());
        List<List<Rectangle>> cells = new ArrayList<>(rows.size());
        int y = margin;
        for (Row row : rows) {
            Placement placement = place(row, width);
            BufferedImage strip = render(row, placement, scale);
            List<Rectangle> boxes = new ArrayList<>();
            for (float[] b : placement.cellBoxes()) {
                boxes.add(new Rectangle(
                        Math.round(b[0] * scale),
                        y + Math.round(b[1] * scale),
                        Math.round(b[2] * scale),
                        Math.round(b[3] * scale)));
            }
            cells.add(boxes);
            strips.add(strip);
            y += strip.getHeight();
        }
        return new Sheet(stitch(strips, Math.round(width * scale), margin), cells);
    }

    private BufferedImage render(Row row, Placement placement, float scale) throws IOException {
        float height = placement.height();
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(placement.width(), height));
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                PdfFigurePainter painter = new PdfFigurePainter(content, height);
                if (!row.title().isEmpty()) {
                    text(content, bold, 11, MARGIN, height - placement.titleBaseline(), row.title());
                }
                for (int i = 0; i < row.cells().size(); i++) {
                    Cell cell = row.cells().get(i);
                    float[] box = placement.cellBoxes().get(i);
                    content.setStrokingColor(0.85f, 0.87f, 0.9f);
                    content.setLineWidth(0.5f);
                    content.addRect(box[0], height - box[1] - box[3], box[2], box[3]);
                    content.stroke();
                    painter.paint(cell.drawing(), box[0] + 4, box[1] + 4, box[2] - 8, box[3] - 8);
                    text(content, font, 7, box[0] + 2, height - box[1] - box[3] - 9, cell.caption());
                }
            }
            return new PDFRenderer(document).renderImage(0, scale, ImageType.RGB);
        }
    }

    /** The strips one under the other on white, with a margin above and below. */
    static BufferedImage stitch(List<BufferedImage> strips, int width, int margin) {
        int height =
                2 * margin + strips.stream().mapToInt(BufferedImage::getHeight).sum();
        BufferedImage sheet = new BufferedImage(width, Math.max(1, height), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = sheet.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, sheet.getHeight());
        int y = margin;
        for (BufferedImage strip : strips) {
            g.drawImage(strip, 0, y, null);
            y += strip.getHeight();
        }
        g.dispose();
        return sheet;
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
