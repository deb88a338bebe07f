package org.physiokiosk.handout;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.physiokiosk.content.RedFlag;
import org.physiokiosk.content.Urgency;

/**
 * The framed box every handout carries, whatever its exercises: "stop if the pain gets worse", then the
 * red flags grouped under the kiosk's urgency wording (get help at once / contact your GP soon / see your GP
 * if it lasts). Each urgency group stays whole. The groups that fit on a page share one frame, a thin rule
 * between them; when the rest must go on over a page break (a long header, a kiosk code, many flags), the
 * frame ends with "continued on the next page" and opens there with the box's heading marked "continued",
 * so both parts read as one box instead of a second, unexplained one.
 */
final class SafetyBox {

    private static final float PAD = 12;
    /** Between two urgency groups in one frame: room above and below a thin rule. */
    private static final float DIVIDER = 13;

    private SafetyBox() {}

    static void place(
            PageFlow flow,
            List<RedFlag> flags,
            String language,
            HandoutWords words,
            HandoutFonts fonts,
            Tagging.Node parent,
            float spaceAfter)
            throws IOException {
        List<Block> groups = groups(flags, language, words, fonts, parent);
        float x = HandoutStyle.MARGIN_X + PAD;
        float width = HandoutStyle.WIDTH - 2 * PAD;
        Paragraph.Type cueType = new Paragraph.Type(fonts.bold(), HandoutStyle.H3, HandoutStyle.WARNING);
        Block continuedCue = new PaginationCue(words.get("redflags.continued"), cueType, x, width, 6);
        Block moreCue = new PaginationCue(
                words.get("redflags.more"),
                new Paragraph.Type(fonts.bold(), HandoutStyle.BODY, HandoutStyle.WARNING),
                x,
                width,
                0);
        int next = 0;
        boolean continued = false;
        while (next < groups.size()) {
            float used = continued ? continuedCue.height() : 0;
            float room = flow.room() - 2 * PAD;
            int taken = 0;
            while (next + taken < groups.size()) {
                boolean last = next + taken + 1 == groups.size();
                float add = (taken > 0 ? DIVIDER : 0) + groups.get(next + taken).height();
                float tail = last ? 0 : DIVIDER + moreCue.height();
                if (used + add + tail > room) {
                    break;
                }
                used += add;
                taken++;
            }
            if (taken == 0) {
                if (flow.y() > HandoutStyle.TOP) {
                    flow.newPage();
                    continue;
                }
                taken = 1; // A group taller than a page: no handout's is, but never loop.
            }
            Stack inner = new Stack();
            if (continued) {
                inner.add(continuedCue);
            }
            for (int i = next; i < next + taken; i++) {
                if (i > next) {
                    inner.add(new Divider());
                }
                inner.add(groups.get(i));
            }
            next += taken;
            boolean finished = next == groups.size();
            if (!finished) {
                inner.add(new Divider()).add(moreCue);
            }
            flow.place(finished ? spaceAfter : 0, new Frame(inner));
            continued = true;
        }
    }

    /**
     * The least of the box page 1 must hold: its frame around the stop line and the most urgent group, and
     * "continued on the next page" when more groups follow. The header gives way to it (decision 0040).
     */
    static float leastOnPageOne(
            List<RedFlag> flags, String language, HandoutWords words, HandoutFonts fonts, Tagging.Node parent) {
        List<Block> groups = groups(flags, language, words, fonts, parent);
        float least = 2 * PAD + groups.get(0).height();
        if (groups.size() > 1) {
            Block moreCue = new PaginationCue(
                    words.get("redflags.more"),
                    new Paragraph.Type(fonts.bold(), HandoutStyle.BODY, HandoutStyle.WARNING),
                    HandoutStyle.MARGIN_X + PAD,
                    HandoutStyle.WIDTH - 2 * PAD,
                    0);
            least += DIVIDER + moreCue.height();
        }
        return least;
    }

    /** The stop line and the first urgency group, then one block per further urgency group. */
    static List<Block> groups(
            List<RedFlag> flags, String language, HandoutWords words, HandoutFonts fonts, Tagging.Node parent) {
        float x = HandoutStyle.MARGIN_X + PAD;
        float width = HandoutStyle.WIDTH - 2 * PAD;
        Tagging.Node section = parent.child("Sect");
        Paragraph.Type body = new Paragraph.Type(fonts.regular(), HandoutStyle.BODY, HandoutStyle.TEXT);
        Paragraph.Type strong = new Paragraph.Type(fonts.bold(), HandoutStyle.BODY, HandoutStyle.TEXT);
        List<Block> groups = new ArrayList<>();
        Stack group = new Stack();
        group.add(new Paragraph(
                section.child("P"),
                words.get("stop"),
                new Paragraph.Type(fonts.bold(), HandoutStyle.H2, HandoutStyle.WARNING),
                x,
                width,
                2));
        group.add(new Paragraph(section.child("P"), words.get("stop.detail"), body, x, width, 8));
        if (!flags.isEmpty()) {
            group.add(new Paragraph(
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
                    groups.add(group);
                    group = new Stack();
                }
                current = flag.urgency();
                group.add(new Paragraph(section.child("P"), words.urgency(current), strong, x, width, 3));
                list = section.child("L");
            }
            String text = flag.text().in(language)
                    + flag.action().map(a -> " " + a.in(language)).orElse("");
            group.add(new ListItem(list, "•", text, body, x, width, 16, 2));
        }
        groups.add(group);
        return groups;
    }

    /** One page's part of the box: a tinted, framed rectangle around its groups. */
    private record Frame(Stack inner) implements Block {

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

    /** A thin rule across the box between two urgency groups. */
    private record Divider() implements Block {

        @Override
        public float height() {
            return DIVIDER;
        }

        @Override
        public void draw(PageCanvas canvas, float top) throws IOException {
            float at = top + DIVIDER / 2 - 2;
            canvas.artifact(() -> canvas.line(
                    HandoutStyle.MARGIN_X,
                    at,
                    HandoutStyle.MARGIN_X + HandoutStyle.WIDTH,
                    at,
                    HandoutStyle.WARNING,
                    0.8f));
        }
    }
}
