package org.physiokiosk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.physiokiosk.content.Catalog;
import org.physiokiosk.content.ContentLoader;
import org.physiokiosk.content.Exercise;
import org.physiokiosk.figure.Dof;
import org.physiokiosk.figure.FigureDrawing;
import org.physiokiosk.figure.FigureDrawings;
import org.physiokiosk.figure.JointAngles;
import org.physiokiosk.figure.Pose;
import org.physiokiosk.figure.Prop;
import org.physiokiosk.figure.View;

/** The contact sheet is a review tool: a row or a step missing from it is a drawing nobody checks. */
class ContactSheetTest {

    private static final FigureDrawing LYING = FigureDrawings.still(
            Pose.of("lying", View.SIDE, Prop.MAT, JointAngles.of(Map.of(Dof.BODY_PITCH, -90.0))), false);

    private static ContactSheet.Row row(String title, int cells) {
        return new ContactSheet.Row(
                title,
                IntStream.range(0, cells)
                        .mapToObj(i -> new ContactSheet.Cell(LYING, "step " + (i + 1)))
                        .toList());
    }

    @Test
    void everyCellOfEveryRowIsPaintedEvenWhenTheSheetOutgrowsOnePdfPage() throws Exception {
        // 100 rows are taller than the 14,400 points a single PDF page may have; 13 cells need three lines.
        List<ContactSheet.Row> rows = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            rows.add(row("exercise " + i, i % 3 == 0 ? 13 : 1 + i % 7));
        }
        ContactSheet.Sheet sheet = new ContactSheet().draw(rows, 0.5f);

        BufferedImage image = sheet.image();
        assertThat(sheet.cellPixels()).hasSameSizeAs(rows);
        for (int r = 0; r < rows.size(); r++) {
            assertThat(sheet.cellPixels().get(r))
                    .as("row %d", r)
                    .hasSameSizeAs(rows.get(r).cells());
            for (Rectangle cell : sheet.cellPixels().get(r)) {
                assertThat(new Rectangle(image.getWidth(), image.getHeight()).contains(cell))
                        .as("row %d %s", r, cell)
                        .isTrue();
                assertThat(inkedShare(image, cell))
                        .as("figure drawn in row %d %s", r, cell)
                        .isGreaterThan(0.03);
            }
        }
        List<Rectangle> lastRow = sheet.cellPixels().get(99);
        Rectangle last = lastRow.get(lastRow.size() - 1);
        assertThat(image.getHeight() - (last.y + last.height))
                .as("room below the last row")
                .isBetween(0, 40);
    }

    @Test
    void longRowsWrapInsteadOfRunningOffTheRightEdge() {
        float width = ContactSheet.pageWidth(List.of(row("long", 7), row("short", 2)));
        ContactSheet.Placement seven = ContactSheet.place(row("long", 7), width);
        assertThat(seven.cellBoxes())
                .hasSize(7)
                .allSatisfy(box -> assertThat(box[0] + box[2]).isLessThanOrEqualTo(width));
        assertThat(seven.cellBoxes().get(6)[1]).isGreaterThan(seven.cellBoxes().get(5)[1] + ContactSheet.CELL_H);
        assertThat(seven.cellBoxes().get(6)[1] + seven.cellBoxes().get(6)[3]).isLessThanOrEqualTo(seven.height());
    }

    @Test
    void theGalleryHasARowForEveryBundledExerciseAndACellForEveryStep() {
        Catalog catalog = new ContentLoader().loadBundledAnd(Optional.empty()).catalog();
        List<ContactSheet.Row> rows = GalleryCommand.rows(catalog, "en", id -> true);
        List<Exercise> exercises = List.copyOf(catalog.exercises().values());
        assertThat(rows).hasSize(exercises.size()).hasSizeGreaterThanOrEqualTo(21);
        for (int i = 0; i < rows.size(); i++) {
            assertThat(rows.get(i).title()).endsWith("[" + exercises.get(i).id() + "]");
            assertThat(rows.get(i).cells())
                    .as(exercises.get(i).id())
                    .hasSameSizeAs(exercises.get(i).steps());
        }
        assertThat(rows).anySatisfy(row -> assertThat(row.title()).contains("upper-back-side-lying-rotation"));
    }

    /** Share of the cell's inside (its frame left out) that is clearly not white. */
    private static double inkedShare(BufferedImage image, Rectangle cell) {
        int inked = 0, all = 0;
        for (int y = cell.y + 3; y < cell.y + cell.height - 3; y++) {
            for (int x = cell.x + 3; x < cell.x + cell.width - 3; x++) {
                int rgb = image.getRGB(x, y);
                int darkest = Math.min((rgb >> 16) & 0xff, Math.min((rgb >> 8) & 0xff, rgb & 0xff));
                inked += darkest < 200 ? 1 : 0;
                all++;
            }
        }
        return all == 0 ? 0 : (double) inked / all;
    }
}
