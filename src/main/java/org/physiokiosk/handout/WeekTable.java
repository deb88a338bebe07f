package org.physiokiosk.handout;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject;

/**
 * One week of the exercise log: a row per exercise, a column per day (dated, so the patient knows which box
 * is today), and in each cell one tick box per time a day. A tagged Table with header cells for the days
 * and the exercises; the boxes themselves are artifacts (there is nothing in them to read out).
 */
final class WeekTable implements Block {

    record Row(String label, int boxesPerDay) {}

    /**
     * How wide the exercise names' column is and how much room a cell keeps around its contents. {@link
     * #COMPACT} is for a log that would otherwise leave one week alone on its last page (decision 0040): a
     * wider name column wraps fewer names, the cells keep less padding, the type keeps its size and a day still
     * holds two boxes side by side.
     */
    record Grid(float labelColumn, float cellPad) {
        static final Grid REGULAR = new Grid(190, 5);
        static final Grid COMPACT = new Grid(225, 3);
    }

    static final float LABEL_COLUMN = Grid.REGULAR.labelColumn();
    static final float BOX = 12;
    static final float BOX_GAP = 4;
    static final float HEADER_ROW = 36;

    private final Tagging.Node parent;
    private final String title;
    private final LocalDate firstDay;
    private final HandoutWords words;
    private final Paragraph heading;
    private final List<String> days = new ArrayList<>();
    private final List<String> dates = new ArrayList<>();
    private final List<List<String>> labels = new ArrayList<>();
    private final List<Float> rowHeights = new ArrayList<>();
    private final List<Row> rows;
    private final HandoutFonts fonts;
    private final float labelColumn;
    private final float cellPad;
    private final float dayColumn;
    private final int boxesPerLine;
    private String continued = "";

    WeekTable(
            Tagging.Node parent,
            String title,
            LocalDate firstDay,
            List<Row> rows,
            Grid grid,
            HandoutWords words,
            HandoutFonts fonts) {
        this.parent = parent;
        this.title = title;
        this.firstDay = firstDay;
        this.words = words;
        this.labelColumn = grid.labelColumn();
        this.cellPad = grid.cellPad();
        this.rows = List.copyOf(rows);
        this.fonts = fonts;
        this.heading = new Paragraph(
                parent.child("H3"),
                title,
                new Paragraph.Type(fonts.bold(), HandoutStyle.H3, HandoutStyle.ACCENT),
                HandoutStyle.MARGIN_X,
                HandoutStyle.WIDTH,
                4);
        this.dayColumn = (HandoutStyle.WIDTH - labelColumn) / 7;
        this.boxesPerLine = Math.max(1, (int) ((dayColumn - 2 * cellPad + BOX_GAP) / (BOX + BOX_GAP)));
        for (int d = 0; d < 7; d++) {
            LocalDate day = firstDay.plusDays(d);
            days.add(TextWrap.printable(words.weekday(day), fonts.bold()));
            dates.add(TextWrap.printable(words.dayAndMonth(day), fonts.regular()));
        }
        for (Row row : rows) {
            List<String> lines = TextWrap.lines(row.label(), fonts.bold(), 12, labelColumn - 2 * cellPad);
            labels.add(lines);
            int boxLines = (row.boxesPerDay() + boxesPerLine - 1) / boxesPerLine;
            rowHeights.add(Math.max(lines.size() * HandoutStyle.leading(12), boxLines * (BOX + BOX_GAP) - BOX_GAP)
                    + 2 * cellPad);
        }
    }

    /**
     * The week as tables that each fit {@code page} points: itself, or (a week of very many exercises with long
     * names) runs of whole rows, each with the week's heading and day header row, the later ones marked
     * "continued".
     */
    List<WeekTable> parts(float page, String continuedCue) {
        if (height() <= page) {
            return List.of(this);
        }
        // As few parts as fit, of as equal a number of rows as can be, so no page holds a sliver of a week.
        for (int count = 2; ; count++) {
            List<WeekTable> parts = new ArrayList<>();
            int from = 0;
            boolean fits = true;
            for (int part = 0; part < count; part++) {
                int to = from + rows.size() / count + (part < rows.size() % count ? 1 : 0);
                WeekTable table = new WeekTable(
                        parent, title, firstDay, rows.subList(from, to), new Grid(labelColumn, cellPad), words, fonts);
                fits &= table.height() <= page;
                parts.add(from == 0 ? table : table.continuing(continuedCue));
                from = to;
            }
            if (fits || count == rows.size()) {
                return parts;
            }
        }
    }

    /**
     * Marks the first week on a page the log goes on to: "Exercise log (continued)" at the right end of the
     * week's heading line, a pagination artifact that costs no height (so two weeks of ten exercises still
     * share a page).
     */
    WeekTable continuing(String cue) {
        this.continued = TextWrap.printable(cue, fonts.bold());
        return this;
    }

    @Override
    public float height() {
        float height = heading.height() + HEADER_ROW;
        for (float row : rowHeights) {
            height += row;
        }
        return height;
    }

    @Override
    public void draw(PageCanvas canvas, float top) throws IOException {
        heading.draw(canvas, top);
        if (!continued.isEmpty()) {
            float cueX = HandoutStyle.MARGIN_X
                    + HandoutStyle.WIDTH
                    - TextWrap.width(continued, fonts.bold(), HandoutStyle.H3);
            canvas.pagination(() -> canvas.text(
                    continued,
                    fonts.bold(),
                    HandoutStyle.H3,
                    HandoutStyle.ACCENT,
                    cueX,
                    top + HandoutStyle.H3 * 0.95f));
        }
        float x = HandoutStyle.MARGIN_X;
        float y = top + heading.height();
        float tableTop = y;
        Tagging.Node table = parent.child("Table");
        Tagging.Node header = table.child("TR");
        header.child("TH").attribute(scope(PDTableAttributeObject.SCOPE_COLUMN)).element();
        for (int d = 0; d < 7; d++) {
            float left = x + labelColumn + d * dayColumn;
            dayCell(canvas, header, days.get(d), dates.get(d), left, y);
        }
        y += HEADER_ROW;
        for (int r = 0; r < rows.size(); r++) {
            Tagging.Node row = table.child("TR");
            List<String> label = labels.get(r);
            float rowTop = y;
            canvas.tagged(
                    row.child("TH").attribute(scope(PDTableAttributeObject.SCOPE_ROW)),
                    () -> canvas.lines(label, fonts.bold(), 12, HandoutStyle.TEXT, x + cellPad, rowTop + cellPad, 0));
            for (int d = 0; d < 7; d++) {
                row.child("TD").element();
                boxes(
                        canvas,
                        x + labelColumn + d * dayColumn,
                        rowTop,
                        rows.get(r).boxesPerDay());
            }
            y += rowHeights.get(r);
        }
        grid(canvas, tableTop, y);
    }

    /** The weekday over the date, each centred: "ma" / "30/11". */
    private void dayCell(PageCanvas canvas, Tagging.Node row, String day, String date, float left, float top)
            throws IOException {
        Tagging.Node cell = row.child("TH").attribute(scope(PDTableAttributeObject.SCOPE_COLUMN));
        canvas.tagged(cell, () -> {
            canvas.text(
                    day,
                    fonts.bold(),
                    12,
                    HandoutStyle.TEXT,
                    left + (dayColumn - TextWrap.width(day, fonts.bold(), 12)) / 2,
                    top + 15);
            canvas.text(
                    date,
                    fonts.regular(),
                    11,
                    HandoutStyle.TEXT,
                    left + (dayColumn - TextWrap.width(date, fonts.regular(), 11)) / 2,
                    top + 29);
        });
    }

    private void boxes(PageCanvas canvas, float left, float top, int count) throws IOException {
        canvas.artifact(() -> {
            for (int i = 0; i < count; i++) {
                float bx = left + cellPad + (i % boxesPerLine) * (BOX + BOX_GAP);
                float by = top + cellPad + (i / boxesPerLine) * (BOX + BOX_GAP);
                canvas.strokeRect(bx, by, BOX, BOX, HandoutStyle.TEXT, 0.9f);
            }
        });
    }

    private void grid(PageCanvas canvas, float tableTop, float tableBottom) throws IOException {
        float x = HandoutStyle.MARGIN_X;
        canvas.artifact(() -> {
            canvas.strokeRect(x, tableTop, HandoutStyle.WIDTH, tableBottom - tableTop, HandoutStyle.RULE, 0.8f);
            float y = tableTop + HEADER_ROW;
            canvas.line(x, y, x + HandoutStyle.WIDTH, y, HandoutStyle.RULE, 0.8f);
            for (float row : rowHeights) {
                y += row;
                canvas.line(x, y, x + HandoutStyle.WIDTH, y, HandoutStyle.RULE, 0.5f);
            }
            for (int d = 0; d < 7; d++) {
                float cx = x + labelColumn + d * dayColumn;
                canvas.line(cx, tableTop, cx, tableBottom, HandoutStyle.RULE, 0.5f);
            }
        });
    }

    private static PDTableAttributeObject scope(String scope) {
        PDTableAttributeObject attribute = new PDTableAttributeObject();
        attribute.setScope(scope);
        return attribute;
    }
}
