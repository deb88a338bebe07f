package org.physiokiosk.handout;

import java.util.ArrayList;
import java.util.List;

/**
 * Which weeks of the exercise log go on which page (pure arithmetic on the blocks' heights, decision 0038 and
 * 0040): a log that fits a page starts one rather than be split; a longer one starts where its heading, intro and
 * first week fit and fills each page with whole weeks; and its last page never holds one week alone when the page
 * before it could give it one, so the page a patient tears off is not a lone table.
 *
 * @param newPage whether the log starts a new page rather than going on under what came before
 * @param weeksPerPage how many weeks each of the log's pages holds, in order (a week taller than a page counts
 *     as its parts, see {@link WeekTable#parts})
 */
record LogPages(boolean newPage, List<Integer> weeksPerPage) {

    LogPages {
        weeksPerPage = List.copyOf(weeksPerPage);
    }

    /**
     * @param opening the heading and intro that stay with the first week
     * @param weeks each week's table height
     * @param gap the space between two weeks on a page
     * @param room what is left of the current page
     * @param pageHasContent whether something is already on the current page (else the log starts at its top)
     * @param page a whole page body
     */
    static LogPages plan(float opening, List<Float> weeks, float gap, float room, boolean pageHasContent, float page) {
        float whole = opening - gap;
        for (float week : weeks) {
            whole += gap + week;
        }
        boolean newPage = pageHasContent && (whole <= page ? whole > room : opening + weeks.get(0) > room);
        List<Integer> counts = new ArrayList<>();
        float free = newPage || !pageHasContent ? page : room;
        float used = opening + weeks.get(0);
        int onPage = 1;
        for (int week = 1; week < weeks.size(); week++) {
            if (used + gap + weeks.get(week) <= free) {
                used += gap + weeks.get(week);
                onPage++;
            } else {
                counts.add(onPage);
                free = page;
                used = weeks.get(week);
                onPage = 1;
            }
        }
        counts.add(onPage);
        int last = counts.size() - 1;
        // The last week alone: the page before gives it one of its weeks when the two fit a page together.
        int lastWeek = weeks.size() - 1;
        if (last > 0
                && counts.get(last) == 1
                && counts.get(last - 1) > 1
                && weeks.get(lastWeek - 1) + gap + weeks.get(lastWeek) <= page) {
            counts.set(last - 1, counts.get(last - 1) - 1);
            counts.set(last, 2);
        }
        return new LogPages(newPage, counts);
    }

    /** Whether the log's last page holds one week alone under a log that went on over pages. */
    boolean endsWithALoneWeek() {
        return weeksPerPage.size() > 1 && weeksPerPage.get(weeksPerPage.size() - 1) == 1;
    }
}
