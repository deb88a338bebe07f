package org.physiokiosk.handout;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Places blocks down the pages in reading order. A block that does not fit what is left of a page starts the
 * next page; a block taller than a whole page gets a page of its own (and runs over its bottom margin: no
 * block the handout makes is that tall, a test keeps it so). It remembers where each block went
 * ({@link HandoutLayout}), so tests judge the page flow from the measurements, not from pixels.
 */
final class PageFlow {

    private final PDDocument pdf;
    private final Tagging tagging;
    private final List<PageCanvas> pages = new ArrayList<>();
    private final List<HandoutLayout.Placement> placements = new ArrayList<>();
    private HandoutLayout.Part part = HandoutLayout.Part.HEADER;
    private float y;

    PageFlow(PDDocument pdf, Tagging tagging) throws IOException {
        this.pdf = pdf;
        this.tagging = tagging;
        newPage();
    }

    void newPage() throws IOException {
        pages.add(new PageCanvas(pdf, tagging));
        y = HandoutStyle.TOP;
    }

    /** What the blocks placed from now on are part of (for {@link #layout()}). */
    void startPart(HandoutLayout.Part next) {
        this.part = next;
    }

    /** Places the blocks as one: they land on the same page (a heading stays with what it heads). */
    void place(float spaceAfter, Block... blocks) throws IOException {
        float height = 0;
        for (Block block : blocks) {
            height += block.height();
        }
        if (y + height > HandoutStyle.BODY_END && y > HandoutStyle.TOP) {
            newPage();
        }
        if (blocks.length > 0) {
            placements.add(new HandoutLayout.Placement(part, pages.size(), y, height, 0));
        }
        for (Block block : blocks) {
            block.draw(current(), y);
            y += block.height();
        }
        y += spaceAfter;
        if (!placements.isEmpty()) {
            HandoutLayout.Placement last = placements.get(placements.size() - 1);
            if (last.page() == pages.size()) {
                placements.set(placements.size() - 1, last.withSpaceAfter(y - last.bottom()));
            }
        }
    }

    /**
     * Starts the next page unless {@code height} more still fits on this one: what is placed next keeps company
     * with what follows it (a heading with the first lines of its list), though each is placed on its own.
     */
    void keepTogether(float height) throws IOException {
        if (y + height > HandoutStyle.BODY_END && y > HandoutStyle.TOP) {
            newPage();
        }
    }

    /**
     * Places a list item by item, so a long list goes on over a page break between two items, but never where a
     * reader would see a left-over: the heading (when there is one) stays with the first two items, and the last
     * item with the one before it. A page that opened with the list's last item alone, the disclaimer under it,
     * looked like a page of scraps handed over by mistake (the English 10-exercise handout's tips, page 8).
     */
    void placeList(Optional<Block> heading, List<Block> items) throws IOException {
        int count = items.size();
        for (int i = 0; i < count; i++) {
            float together = heading.isPresent() && i == 0 ? heading.get().height() : 0;
            for (int j = i; j <= lastKeptWith(i, count); j++) {
                together += items.get(j).height();
            }
            keepTogether(together);
            if (heading.isPresent() && i == 0) {
                place(0, heading.get(), items.get(0));
            } else {
                place(0, items.get(i));
            }
        }
    }

    /** The last item of a list of {@code count} that must land on the page item {@code index} lands on. */
    private static int lastKeptWith(int index, int count) {
        int last = index == 0 ? Math.min(1, count - 1) : index;
        return last >= count - 2 ? count - 1 : last;
    }

    /**
     * Places a paragraph that may go on over page breaks, line by line: the rest of the page takes what fits
     * (at least two lines, or it starts the next page), then each page takes a page's worth, and the last page
     * gets at least two lines too: one line alone at a page's top reads as a left-over.
     */
    void placeBreaking(Paragraph paragraph) throws IOException {
        Paragraph rest = paragraph;
        while (rest.height() > room()) {
            int fit = rest.linesIn(room());
            if (fit >= rest.lineCount()) {
                break; // Only the space after it is short: it ends the page.
            }
            fit = Math.min(fit, rest.lineCount() - 2);
            if (fit < 2) {
                if (y <= HandoutStyle.TOP) {
                    break; // Not even two lines on an empty page: never loop.
                }
                newPage();
                continue;
            }
            List<Paragraph> parts = rest.split(fit);
            place(0, parts.get(0));
            newPage();
            rest = parts.get(1);
        }
        place(0, rest);
    }

    float y() {
        return y;
    }

    /** Room left on the current page, in points. */
    float room() {
        return HandoutStyle.BODY_END - y;
    }

    PageCanvas current() {
        return pages.get(pages.size() - 1);
    }

    List<PageCanvas> pages() {
        return List.copyOf(pages);
    }

    HandoutLayout layout() {
        return new HandoutLayout(placements, pages.size());
    }
}
