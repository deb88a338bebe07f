package org.physiokiosk.handout;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.physiokiosk.figure.DrawingSurface;
import org.physiokiosk.figure.FigureDrawing;
import org.physiokiosk.figure.FigureStyle;
import org.physiokiosk.figure.Rgb;

/**
 * Paints a {@link FigureDrawing} onto a PDF page as vector paths: the same drawing the screen shows, sharp at
 * any print resolution. The drawing's coordinates run downward; PDF's run upward, so y is flipped against
 * the page height.
 */
public final class PdfFigurePainter implements DrawingSurface {

    private final PDPageContentStream content;
    private final float pageHeight;

    public PdfFigurePainter(PDPageContentStream content, float pageHeight) {
        this.content = content;
        this.pageHeight = pageHeight;
    }

    /**
     * Paints {@code drawing} as large as fits the box (top-left corner {@code x, yFromTop}, in points measured
     * from the page's top-left), keeping proportions.
     */
    public void paint(FigureDrawing drawing, double x, double yFromTop, double width, double height) {
        try {
            content.saveGraphicsState();
            content.setLineJoinStyle(1);
            content.setLineCapStyle(1);
            drawing.paintFitted(this, x, yFromTop, width, height, FigureStyle.standard());
            content.restoreGraphicsState();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void beginPath() {
        // PDF paths start with their first moveTo.
    }

    @Override
    public void moveTo(double x, double y) {
        run(() -> content.moveTo((float) x, flip(y)));
    }

    @Override
    public void lineTo(double x, double y) {
        run(() -> content.lineTo((float) x, flip(y)));
    }

    @Override
    public void curveTo(double x1, double y1, double x2, double y2, double x3, double y3) {
        run(() -> content.curveTo((float) x1, flip(y1), (float) x2, flip(y2), (float) x3, flip(y3)));
    }

    @Override
    public void closePath() {
        run(content::closePath);
    }

    @Override
    public void paint(Rgb fill, Rgb stroke, double strokeWidth) {
        run(() -> {
            if (fill != null) {
                content.setNonStrokingColor(fill.red() / 255f, fill.green() / 255f, fill.blue() / 255f);
            }
            if (stroke != null) {
                content.setStrokingColor(stroke.red() / 255f, stroke.green() / 255f, stroke.blue() / 255f);
                content.setLineWidth((float) strokeWidth);
            }
            if (fill != null && stroke != null) {
                content.fillAndStroke();
            } else if (fill != null) {
                content.fill();
            } else if (stroke != null) {
                content.stroke();
            }
        });
    }

    private float flip(double y) {
        return (float) (pageHeight - y);
    }

    private interface PdfCall {
        void run() throws IOException;
    }

    private static void run(PdfCall call) {
        try {
            call.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
