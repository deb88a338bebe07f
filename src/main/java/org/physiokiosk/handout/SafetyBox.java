package org.physiokiosk.handout;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.physiokiosk.content.RedFlag;
import org.physiokiosk.content.Urgency;

/**
 * The framed box every handout carries, whatever its exercises: "stop if the pain gets worse", then the
 * red flags grouped under the kiosk's urgency wording (get help at once / contact your GP soon / see your GP
 * if it lasts). Each urgency group is a piece of the box that stays whole; the pieces sit edge to edge, so
 * on one page they read as one box, and a long list of flags may go on over a page break between groups
 * instead of pushing the whole box off page 1.
 */
final class SafetyBox {

    private static final float PAD = 12;

    private SafetyBox() {}

    static List<Block> pieces(
            List<RedFlag> flags, String language, HandoutWords words, HandoutFonts fonts, Tagging.Node parent) {
        float x = HandoutStyle.MARGIN_X + PAD;
        float width = HandoutStyle.WIDTH - 2 * PAD;
        Tagging.Node section = parent.child("Sect");
        Paragraph.Type body = new Paragraph.Type(fonts.regular(), HandoutStyle.BODY, HandoutStyle.TEXT);
        Paragraph.Type strong = new Paragraph.Type(fonts.bold(), HandoutStyle.BODY, HandoutStyle.TEXT);
        List<Block> pieces = new ArrayList<>();
        Stack piece = new Stack();
        piece.add(new Paragraph(
                section.child("P"),
                words.get("stop"),
                new Paragraph.Type(fonts.bold(), HandoutStyle.H2, HandoutStyle.WARNING),
                x,
                width,
                2));
        piece.add(new Paragraph(section.child("P"), words.get("stop.detail"), body, x, width, 8));
        if (!flags.isEmpty()) {
            piece.add(new Paragraph(
                    section.child("H2"),
                    words.get("redflags.heading"),
                    new Paragraph.Type(fonts.bold(), HandoutStyle.H3, HandoutStyle.WARNING),
                    x,
                    width,
                    4));
        }
        Urgency current = null;
        Tagging.Node list = null;
        for (RedFlag flag : flags) {
            if (flag.urgency() != current) {
                if (current != null) {
                    pieces.add(new Piece(piece));
                    piece = new Stack();
                }
                current = flag.urgency();
                piece.add(new Paragraph(section.child("P"), words.urgency(current), strong, x, width, 3));
                list = section.child("L");
            }
            String text = flag.text().in(language)
                    + flag.action().map(a -> " " + a.in(language)).orElse("");
            piece.add(new ListItem(list, "•", text, body, x, width, 16, 2));
        }
        pieces.add(new Piece(piece));
        return pieces;
    }

    /** Part of the box: a tinted, framed rectangle around its text. */
    private record Piece(Stack inner) implements Block {

        @Override
        public float height() {
            return inner.height() + 2 * PAD;
        }

        @Override
        public void draw(PageCanvas canvas, float top) throws IOException {
            canvas.artifact(() -> {
                canvas.fillRect(HandoutStyle.MARGIN_X, top, HandoutStyle.WIDTH, height(), HandoutStyle.WARNING_TINT);
                canvas.strokeRect(HandoutStyle.MARGIN_X, top, HandoutStyle.WIDTH, height(), HandoutStyle.WARNING, 1.5f);
            });
            inner.draw(canvas, top + PAD);
        }
    }
}
