package org.physiokiosk.handout;

import java.io.IOException;
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
 * (continued)" beside its first week's heading (each week repeats the days' header row). Its last page, the one
 * patients tear off, never holds one week alone when a week can move on to it, and a log that would end with a
 * lone week anyway takes the compact grid when that lets two weeks share the page ({@link LogPages}, decision
 * 0040). Without a
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

    /** Places the log; returns how many weeks each of its pages holds. */
    static List<Integer> place(
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
        // A week of very many exercises goes on over pages in runs of rows, each fitting a page under the opening.
        float partRoom = HandoutStyle.BODY_END - HandoutStyle.TOP - heading.height() - intro.height();
        List<WeekTable> tables = tables(program, rows, WeekTable.Grid.REGULAR, partRoom, section, words, fonts);
        LogPages pages = plan(heading, intro, tables, flow);
        if (pages.endsWithALoneWeek()) {
            // A lone week on the page a patient tears off: the compact grid often lets two weeks share it.
            List<WeekTable> compact = tables(program, rows, WeekTable.Grid.COMPACT, partRoom, section, words, fonts);
            LogPages compactPages = plan(heading, intro, compact, flow);
            if (!compactPages.endsWithALoneWeek()) {
                tables = compact;
                pages = compactPages;
            }
        }
        if (pages.newPage()) {
            flow.newPage();
        }
        int next = 0;
        for (int onThisPage : pages.weeksPerPage()) {
            Stack onPage = new Stack();
            if (next == 0) {
                onPage.add(heading).add(intro).add(tables.get(0));
            } else {
                onPage.add(tables.get(next).continuing(words.get("log.continued")));
            }
            for (int i = 1; i < onThisPage; i++) {
                onPage.gap(WEEK_GAP).add(tables.get(next + i));
            }
            next += onThisPage;
            flow.place(WEEK_GAP, onPage);
            if (next < tables.size()) {
                flow.newPage();
            }
        }
        return pages.weeksPerPage();
    }

    private static List<WeekTable> tables(
            Program program,
            List<WeekTable.Row> rows,
            WeekTable.Grid grid,
            float partRoom,
            Tagging.Node section,
            HandoutWords words,
            HandoutFonts fonts) {
        List<WeekTable> tables = new ArrayList<>();
        for (int week = 0; week < weeks(program); week++) {
            WeekTable table = new WeekTable(
                    section,
                    words.format("log.week", week + 1),
                    program.date().plusWeeks(week),
                    rows,
                    grid,
                    words,
                    fonts);
            tables.addAll(table.parts(partRoom, words.get("log.continued")));
        }
        return tables;
    }

    private static LogPages plan(Paragraph heading, Paragraph intro, List<WeekTable> tables, PageFlow flow) {
        List<Float> heights = tables.stream().map(WeekTable::height).toList();
        return LogPages.plan(
                heading.height() + intro.height(),
                heights,
                WEEK_GAP,
                flow.room(),
                flow.y() > HandoutStyle.TOP,
                HandoutStyle.BODY_END - HandoutStyle.TOP);
    }
}
