package org.physiokiosk.handout;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.physiokiosk.content.Dose;
import org.physiokiosk.content.Exercise;
import org.physiokiosk.content.IntRange;
import org.physiokiosk.program.Program;
import org.physiokiosk.program.ProgramItem;

/**
 * The exercise log, read back from the PDF: one dated table per week up to the review date, a row per exercise,
 * and in every day's cell as many tick boxes as the exercise is done a day (its dose's highest count), lined up
 * in the cell and wrapping to a second line when they do not fit.
 */
class ExerciseLogTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);
    private static final float BOX = WeekTable.BOX;

    @Test
    void everyDayOfEveryWeekHasOneBoxPerTimeADayLinedUpInItsCell() throws IOException {
        // once, twice, and 1-3 times a day (a range ticks up to its top), for three weeks
        Program program = program(List.of(IntRange.exactly(1), IntRange.exactly(2), new IntRange(1, 3)), 21);

        List<float[]> boxes = boxes(program);

        assertThat(boxes).as("3 weeks x 7 days x (1 + 2 + 3) boxes").hasSize(3 * 7 * 6);
        // Two boxes fit side by side in a day's cell: the third wraps under the first.
        Map<Float, Integer> perColumn = new TreeMap<>();
        for (float[] box : boxes) {
            perColumn.merge(round(box[0]), 1, Integer::sum);
        }
        assertThat(perColumn)
                .as("one x position per box place, two places a day")
                .hasSize(14);
        List<Float> xs = new ArrayList<>(perColumn.keySet());
        float firstPair = xs.get(1) - xs.get(0);
        float dayColumn = xs.get(2) - xs.get(0);
        assertThat(firstPair).isCloseTo(BOX + WeekTable.BOX_GAP, org.assertj.core.data.Offset.offset(0.2f));
        for (int day = 0; day < 7; day++) {
            float left = xs.get(2 * day);
            assertThat(left - xs.get(0))
                    .as("day %d starts one day column after the last", day)
                    .isCloseTo(day * dayColumn, org.assertj.core.data.Offset.offset(0.2f));
            assertThat(xs.get(2 * day + 1) - left).isCloseTo(firstPair, org.assertj.core.data.Offset.offset(0.2f));
            assertThat(xs.get(2 * day + 1) + BOX - left)
                    .as("a day's boxes stay inside its column")
                    .isLessThan(dayColumn);
            // first place: 1 + 1 + 2 boxes a week (the third box of "3 a day" wraps there), second: 0 + 1 + 1
            assertThat(perColumn.get(xs.get(2 * day))).isEqualTo(3 * 4);
            assertThat(perColumn.get(xs.get(2 * day + 1))).isEqualTo(3 * 2);
        }
        assertThat(xs.get(0) - HandoutStyle.MARGIN_X)
                .as("the boxes start right of the exercise names")
                .isGreaterThan(WeekTable.LABEL_COLUMN);
        assertThat(xs.get(13) + BOX).isLessThanOrEqualTo(HandoutStyle.MARGIN_X + HandoutStyle.WIDTH);
        assertNoTwoOverlap(boxes);
    }

    @Test
    void theWeeksAreDatedFromTheProgramsDateToItsReviewDate() throws IOException {
        Program program = program(List.of(IntRange.exactly(1)), 21);

        String text = text(program);

        assertThat(text).contains("30/11", "1/12", "6/12", "7/12", "13/12", "14/12", "20/12");
        assertThat(text).doesNotContain("21/12").doesNotContain("29/11");
        assertThat(text).contains("Week 1", "Week 2", "Week 3").doesNotContain("Week 4");
    }

    @Test
    void eachWeekIsATableWithADayHeaderAndARowPerExercise() throws IOException {
        Program program = program(List.of(IntRange.exactly(1), IntRange.exactly(2)), 14);

        try (PDDocument pdf = Loader.loadPDF(HandoutFixtures.render(program))) {
            List<PDStructureElement> tables = new ArrayList<>();
            HandoutContentTest.collect(pdf.getDocumentCatalog().getStructureTreeRoot(), "Table", tables);
            assertThat(tables).hasSize(2);
            for (PDStructureElement table : tables) {
                List<PDStructureElement> rows = children(table);
                assertThat(rows)
                        .extracting(PDStructureElement::getStructureType)
                        .containsOnly("TR");
                assertThat(rows).hasSize(1 + 2);
                assertThat(children(rows.get(0)))
                        .extracting(PDStructureElement::getStructureType)
                        .containsExactly("TH", "TH", "TH", "TH", "TH", "TH", "TH", "TH");
                for (PDStructureElement row : rows.subList(1, rows.size())) {
                    assertThat(children(row))
                            .extracting(PDStructureElement::getStructureType)
                            .containsExactly("TH", "TD", "TD", "TD", "TD", "TD", "TD", "TD");
                }
            }
        }
    }

    @Test
    void howManyWeeksTheLogCovers() {
        assertThat(AdherenceLog.weeks(program(List.of(IntRange.exactly(1)), 0))).isEqualTo(1);
        assertThat(AdherenceLog.weeks(program(List.of(IntRange.exactly(1)), 1))).isEqualTo(1);
        assertThat(AdherenceLog.weeks(program(List.of(IntRange.exactly(1)), 7))).isEqualTo(1);
        assertThat(AdherenceLog.weeks(program(List.of(IntRange.exactly(1)), 8))).isEqualTo(2);
        assertThat(AdherenceLog.weeks(program(List.of(IntRange.exactly(1)), 42)))
                .isEqualTo(6);
        assertThat(AdherenceLog.weeks(program(List.of(IntRange.exactly(1)), 365)))
                .as("never more weeks than anyone fills in")
                .isEqualTo(AdherenceLog.MAX_WEEKS);
        Program withoutReview = program(List.of(IntRange.exactly(1)), 21);
        withoutReview = new Program(
                withoutReview.id(),
                withoutReview.revision(),
                withoutReview.title(),
                withoutReview.patient(),
                withoutReview.therapist(),
                withoutReview.date(),
                Optional.empty(),
                withoutReview.instructions(),
                withoutReview.language(),
                withoutReview.items());
        assertThat(AdherenceLog.weeks(withoutReview)).isEqualTo(AdherenceLog.WEEKS_WITHOUT_REVIEW);
    }

    /** The bundled exercises' own doses, but done {@code timesPerDay[i]} a day; reviewed after {@code days}. */
    private static Program program(List<IntRange> timesPerDay, int days) {
        List<Exercise> exercises = HandoutFixtures.catalog().exercises().values().stream()
                .limit(timesPerDay.size())
                .toList();
        List<ProgramItem> items = new ArrayList<>();
        for (int i = 0; i < exercises.size(); i++) {
            Dose own = exercises.get(i).dose();
            Dose dose = new Dose(
                    own.reps(),
                    own.sets(),
                    own.holdSeconds(),
                    own.restSeconds(),
                    own.side(),
                    timesPerDay.get(i),
                    own.defaults());
            items.add(new ProgramItem(exercises.get(i).id(), dose, 7, ""));
        }
        return new Program(
                Optional.empty(),
                0,
                "Log",
                Optional.empty(),
                "Sanne de Vries",
                MONDAY,
                Optional.of(MONDAY.plusDays(days)),
                "",
                "nl",
                items);
    }

    /** Every stroked 12 x 12 rectangle (a tick box), as {x, y, page}, in PDF points. */
    private static List<float[]> boxes(Program program) throws IOException {
        List<float[]> boxes = new ArrayList<>();
        try (PDDocument pdf = Loader.loadPDF(HandoutFixtures.render(program))) {
            int index = 0;
            for (PDPage page : pdf.getPages()) {
                new BoxFinder(page, index++, boxes).processPage(page);
            }
        }
        return boxes;
    }

    private static String text(Program program) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(HandoutFixtures.render(program))) {
            return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
    }

    private static void assertNoTwoOverlap(List<float[]> boxes) {
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                float[] a = boxes.get(i), b = boxes.get(j);
                boolean overlap = a[2] == b[2] && Math.abs(a[0] - b[0]) < BOX && Math.abs(a[1] - b[1]) < BOX;
                assertThat(overlap).as("boxes %d and %d overlap", i, j).isFalse();
            }
        }
    }

    private static float round(float value) {
        return Math.round(value * 10) / 10f;
    }

    private static List<PDStructureElement> children(PDStructureElement element) {
        List<PDStructureElement> children = new ArrayList<>();
        for (Object kid : element.getKids()) {
            if (kid instanceof PDStructureElement child) {
                children.add(child);
            }
        }
        return children;
    }

    /** Collects rectangles that are stroked on their own and are the size of a tick box. */
    private static final class BoxFinder extends PDFGraphicsStreamEngine {

        private final int page;
        private final List<float[]> boxes;
        private final List<Point2D[]> rectangles = new ArrayList<>();
        private boolean otherSegments;
        private final Point2D.Float current = new Point2D.Float();

        BoxFinder(PDPage page, int index, List<float[]> boxes) {
            super(page);
            this.page = index;
            this.boxes = boxes;
        }

        @Override
        public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
            rectangles.add(new Point2D[] {p0, p1, p2, p3});
        }

        @Override
        public void strokePath() {
            if (!otherSegments) {
                for (Point2D[] r : rectangles) {
                    double minX = Math.min(Math.min(r[0].getX(), r[1].getX()), Math.min(r[2].getX(), r[3].getX()));
                    double maxX = Math.max(Math.max(r[0].getX(), r[1].getX()), Math.max(r[2].getX(), r[3].getX()));
                    double minY = Math.min(Math.min(r[0].getY(), r[1].getY()), Math.min(r[2].getY(), r[3].getY()));
                    double maxY = Math.max(Math.max(r[0].getY(), r[1].getY()), Math.max(r[2].getY(), r[3].getY()));
                    if (Math.abs(maxX - minX - BOX) < 0.01 && Math.abs(maxY - minY - BOX) < 0.01) {
                        boxes.add(new float[] {(float) minX, (float) minY, page});
                    }
                }
            }
            endPath();
        }

        @Override
        public void endPath() {
            rectangles.clear();
            otherSegments = false;
        }

        @Override
        public void fillPath(int windingRule) {
            endPath();
        }

        @Override
        public void fillAndStrokePath(int windingRule) {
            endPath();
        }

        @Override
        public void clip(int windingRule) {}

        @Override
        public void moveTo(float x, float y) {
            otherSegments = true;
            current.setLocation(x, y);
        }

        @Override
        public void lineTo(float x, float y) {
            otherSegments = true;
            current.setLocation(x, y);
        }

        @Override
        public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
            otherSegments = true;
            current.setLocation(x3, y3);
        }

        @Override
        public Point2D getCurrentPoint() {
            return current;
        }

        @Override
        public void closePath() {}

        @Override
        public void drawImage(PDImage pdImage) {}

        @Override
        public void shadingFill(org.apache.pdfbox.cos.COSName shadingName) {}
    }
}
