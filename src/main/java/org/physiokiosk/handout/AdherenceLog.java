package org.physiokiosk.handout;

import java.io.IOException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.physiokiosk.content.Exercise;
import org.physiokiosk.program.Program;
import org.physiokiosk.program.ProgramItem;

/**
 * The exercise log the patient brings to the next visit: one table per week from the program's date to the
 * review date. The log is never split across pages (decision 0038): patients tear the last page off and bring
 * it along, so it starts a new page when it does not fit whole on the current one; a log taller than a page
 * (many exercises, many weeks) goes on at a week boundary, the page it goes on to saying "Exercise log
 * (continued)" beside its first week's heading (each week repeats the days' header row). Without a
 * review date it covers {@link #WEEKS_WITHOUT_REVIEW} weeks (a usual interval between visits); it never covers
 * more than {@link #MAX_WEEKS}, which would be pages nobody fills in.
 */
final class AdherenceLog {

    static final int WEEKS_WITHOUT_REVIEW = 2;
    static final int MAX_WEEKS = 6;
    private static final float WEEK_GAP = 16;

    private AdherenceLog() {}

    static int weeks(Program program) {
        return program.reviewDate()
                .map(review -> {
                    long days = ChronoUnit.DAYS.between(program.date(), review);
                    return (int) Math.max(1, Math.min(MAX_WEEKS, (days + 6) / 7));
                })
                .orElse(WEEKS_WITHOUT_REVIEW);
    }

    static void place(
            PageFlow flow,
            Program program,
            List<Exercise> exercises,
            HandoutWords words,
            HandoutFonts fonts,
            Tagging.Node document)
            throws IOException {
        List<WeekTable.Row> rows = new ArrayList<>();
        for (int i = 0; i < exercises.size(); i++) {
            ProgramItem item = program.items().get(i);
            rows.add(new WeekTable.Row(
                    (i + 1) + ". " + exercises.get(i).title().in(program.language()),
                    item.dose().timesPerDay().max()));
        }
        Tagging.Node section = document.child("Sect");
        Paragraph heading = new Paragraph(
                section.child("H2"),
                words.get("log.heading"),
                new Paragraph.Type(fonts.bold(), HandoutStyle.H2, HandoutStyle.ACCENT),
                HandoutStyle.MARGIN_X,
                HandoutStyle.WIDTH,
                4);
        Paragraph intro = new Paragraph(
                section.child("P"),
                words.get("log.intro"),
                new Paragraph.Type(fonts.regular(), HandoutStyle.BODY, HandoutStyle.TEXT),
                HandoutStyle.MARGIN_X,
                HandoutStyle.WIDTH,
                12);
        LocalDate start = program.date();
        List<WeekTable> tables = new ArrayList<>();
        for (int week = 0; week < weeks(program); week++) {
            tables.add(new WeekTable(
                    section, words.format("log.week", week + 1), start.plusWeeks(week), rows, words, fonts));
        }
        float whole = heading.height() + intro.height() - WEEK_GAP;
        for (WeekTable table : tables) {
            whole += WEEK_GAP + table.height();
        }
        float page = HandoutStyle.BODY_END - HandoutStyle.TOP;
        float opening = heading.height() + intro.height() + tables.get(0).height();
        // Patients tear the last page off and bring it along: a log that fits a page starts one rather than
        // leave a week behind on the page before. One that must go on over pages anyway starts where its
        // heading and first week fit, so no page is left holding only the sources.
        boolean startsAPage = whole <= page ? whole > flow.room() : opening > flow.room();
        if (startsAPage && flow.y() > HandoutStyle.TOP) {
            flow.newPage();
        }
        int next = 0;
        while (next < tables.size()) {
            Stack onPage = new Stack();
            if (next == 0) {
                onPage.add(heading).add(intro).add(tables.get(0));
            } else {
                onPage.add(tables.get(next).continuing(words.get("log.continued")));
            }
            int taken = 1;
            while (next + taken < tables.size()
                    && onPage.height() + WEEK_GAP + tables.get(next + taken).height() <= flow.room()) {
                onPage.gap(WEEK_GAP).add(tables.get(next + taken));
                taken++;
            }
            next += taken;
            flow.place(WEEK_GAP, onPage);
            if (next < tables.size()) {
                flow.newPage();
            }
        }
    }
}
