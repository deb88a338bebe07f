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
 * review date; its heading and intro stay with the first week, each week's table stays whole. Without a review date it covers {@link #WEEKS_WITHOUT_REVIEW} weeks (a usual interval between
 * visits); it never covers more than {@link #MAX_WEEKS}, which would be pages nobody fills in.
 */
final class AdherenceLog {

    static final int WEEKS_WITHOUT_REVIEW = 2;
    static final int MAX_WEEKS = 6;

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
        for (int week = 0; week < weeks(program); week++) {
            WeekTable table = new WeekTable(
                    section, words.format("log.week", week + 1), start.plusWeeks(week), rows, words, fonts);
            if (week == 0) {
                flow.place(16, heading, intro, table);
            } else {
                flow.place(16, table);
            }
        }
    }
}
