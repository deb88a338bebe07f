package org.physiokiosk.handout;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.physiokiosk.figure.Rgb;

/**
 * One page being drawn, in points from the page's top-left (PDF counts from the bottom). Everything drawn
 * is either tagged content owned by a structure element or an artifact (frames, tints, header and footer),
 * as PDF/UA requires.
 */
final class PageCanvas implements AutoCloseable {

    interface Drawing {
        void draw() throws IOException;
    }

    final PDPage page;
    final PDPageContentStream content;
    private final Tagging tagging;

    PageCanvas(PDDocument pdf, Tagging tagging) throws IOException {
        this.page = new PDPage(HandoutStyle.PAGE);
        pdf.addPage(page);
        this.content = new PDPageContentStream(pdf, page);
        this.tagging = tagging;
    }

    float pdfY(float top) {
        return page.getMediaBox().getHeight() - top;
    }

    /** Draws {@code drawing} as content of {@code owner}. */
    void tagged(Tagging.Node owner, Drawing drawing) throws IOException {
        int mcid = tagging.mark(page, owner.element());
        content.beginMarkedContent(COSName.getPDFName(owner.type()), mcid);
        drawing.draw();
        content.endMarkedContent();
    }

    /** Draws decoration or page furniture that a screen reader skips. */
    void artifact(Drawing drawing) throws IOException {
        content.beginMarkedContent(COSName.ARTIFACT);
        drawing.draw();
        content.endMarkedContent();
    }

    /** Header and footer: artifacts of the pagination kind. */
    void pagination(Drawing drawing) throws IOException {
        COSDictionary properties = new COSDictionary();
        properties.setName(COSName.TYPE, "Pagination");
        content.beginMarkedContent(COSName.ARTIFACT, PDPropertyList.create(properties));
        drawing.draw();
        content.endMarkedContent();
    }

    /** Lines of text, one under the other, the first baseline one ascent below {@code top}. */
    void lines(List<String> lines, Typeface font, float size, Rgb color, float x, float top, float firstIndent)
            throws IOException {
        float baseline = top + size * 0.95f;
        for (int i = 0; i < lines.size(); i++) {
            text(lines.get(i), font, size, color, i == 0 ? x + firstIndent : x, baseline);
            baseline += HandoutStyle.leading(size);
        }
    }

    void text(String text, Typeface font, float size, Rgb color, float x, float baseline) throws IOException {
        if (text.isEmpty()) {
            return;
        }
        Typeface.Layout layout = font.layout(text);
        if (layout.rearranged()) {
            // Shaped or right-to-left text is drawn in another order and form than it is read: the text as
            // written goes along for screen readers and copying (PDF/UA 7.2).
            COSDictionary properties = new COSDictionary();
            properties.setString(COSName.ACTUAL_TEXT, text);
            content.beginMarkedContent(COSName.getPDFName("Span"), PDPropertyList.create(properties));
        }
        content.beginText();
        fill(color);
        content.newLineAtOffset(x, pdfY(baseline));
        for (Typeface.Run run : layout.runs()) {
            content.setFont(run.font(), size);
            content.showText(run.glyphs());
        }
        content.endText();
        if (layout.rearranged()) {
            content.endMarkedContent();
        }
    }

    void fillRect(float x, float top, float width, float height, Rgb color) throws IOException {
        fill(color);
        content.addRect(x, pdfY(top + height), width, height);
        content.fill();
    }

    void strokeRect(float x, float top, float width, float height, Rgb color, float lineWidth) throws IOException {
        stroke(color, lineWidth);
        content.addRect(x, pdfY(top + height), width, height);
        content.stroke();
    }

    void line(float x0, float top0, float x1, float top1, Rgb color, float lineWidth) throws IOException {
        stroke(color, lineWidth);
        content.moveTo(x0, pdfY(top0));
        content.lineTo(x1, pdfY(top1));
        content.stroke();
    }

    private void fill(Rgb color) throws IOException {
        content.setNonStrokingColor(color.red() / 255f, color.green() / 255f, color.blue() / 255f);
    }

    private void stroke(Rgb color, float lineWidth) throws IOException {
        content.setStrokingColor(color.red() / 255f, color.green() / 255f, color.blue() / 255f);
        content.setLineWidth(lineWidth);
    }

    @Override
    public void close() throws IOException {
        content.close();
    }
}
