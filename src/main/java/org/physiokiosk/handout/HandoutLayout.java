package org.physiokiosk.handout;

import java.util.List;

/**
 * Where the blocks of one handout went: for each block placed, what it belongs to, its page (1-based), its
 * top, its height and the gap kept under it, in points; whether the kiosk code went into the page footer; and
 * how many weeks of the exercise log each of its pages holds (empty without a log). The renderer's own
 * measurements, so a test of the page flow reads what was laid out instead of scraping pixels.
 */
record HandoutLayout(List<Placement> placements, int pages, boolean codeInFooter, List<Integer> logWeeksPerPage) {

    /** The parts of a handout, in the order 0008 gives them (the kiosk code moved by 0038). */
    enum Part {
        HEADER,
        SAFETY,
        /** After the safety box on page 1, or (when it did not fit there) at the very end. */
        KIOSK_CODE,
        EXERCISE,
        ADVICE,
        END_MATTER,
        LOG
    }

    /** {@code spaceAfter}: the gap the flow keeps under the block before whatever comes next on its page. */
    record Placement(Part part, int page, float top, float height, float spaceAfter) {
        float bottom() {
            return top + height;
        }

        Placement withSpaceAfter(float space) {
            return new Placement(part, page, top, height, space);
        }
    }

    HandoutLayout {
        placements = List.copyOf(placements);
        logWeeksPerPage = List.copyOf(logWeeksPerPage);
    }

    HandoutLayout(List<Placement> placements, int pages) {
        this(placements, pages, false, List.of());
    }

    HandoutLayout withCodeInFooter(boolean inFooter) {
        return new HandoutLayout(placements, pages, inFooter, logWeeksPerPage);
    }

    HandoutLayout withLogWeeksPerPage(List<Integer> weeks) {
        return new HandoutLayout(placements, pages, codeInFooter, weeks);
    }

    List<Placement> of(Part part) {
        return placements.stream().filter(p -> p.part() == part).toList();
    }

    /** How far down the body of {@code page} ink reaches, as a share of the body's height (0 to 1). */
    double filled(int page) {
        float bottom = placements.stream()
                .filter(p -> p.page() == page)
                .map(Placement::bottom)
                .max(Float::compare)
                .orElse(HandoutStyle.TOP);
        return (bottom - HandoutStyle.TOP) / (HandoutStyle.BODY_END - HandoutStyle.TOP);
    }
}
