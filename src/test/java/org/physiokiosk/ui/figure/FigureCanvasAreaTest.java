package org.physiokiosk.ui.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.physiokiosk.content.Catalog;
import org.physiokiosk.content.ContentLoader;
import org.physiokiosk.content.Exercise;
import org.physiokiosk.figure.Bounds;
import org.physiokiosk.figure.BundledMovements;
import org.physiokiosk.figure.Easing;
import org.physiokiosk.figure.FigureMotion;
import org.physiokiosk.figure.FigureStyle;
import org.physiokiosk.figure.Pose;
import org.physiokiosk.figure.Viewport;
import org.testfx.api.FxToolkit;

/**
 * The figure view's canvas covers only where the movement can leave ink, and the picture is the same as on a
 * canvas as large as the view: nothing is cut, nothing moves.
 */
class FigureCanvasAreaTest {

    /** The player's figure box at 1920x1080 (seen in the pulse logger's dirty regions), a tile's, a portrait box. */
    private static final double[][] VIEWS = {{967, 681}, {320, 240}, {420, 760}};

    /** Colour levels (of 255) a channel may differ by: the rasteriser's rounding, not a visible change. */
    private static final int ROUNDING = 3;

    private static Catalog catalog;

    @BeforeAll
    static void load() throws Exception {
        FxToolkit.registerPrimaryStage();
        catalog = new ContentLoader().loadBundledAnd(Optional.empty()).catalog();
    }

    @Test
    void everyFrameOfEveryBundledMovementLeavesItsInkInsideTheCanvas() {
        int checked = 0;
        for (FigureMotion motion : bundledMotions()) {
            for (double[] view : VIEWS) {
                CanvasArea area = CanvasArea.of(motion, view[0], view[1]);
                Viewport viewport = Viewport.fit(motion.bounds(), 0, 0, view[0], view[1]);
                for (int k = 0; k <= 40; k++) { // 41 instants off the sampling grid of the motion's boxes
                    long nanos = Math.round((k + 0.37) / 41 * 4e9);
                    Bounds ink = motion.drawingAt(nanos).inkBounds();
                    String what = motion.target().id() + " at " + nanos + " in " + view[0] + "x" + view[1];
                    // ink past the view's own edge was never in view (an outline's half width, where the
                    // movement fills the view): only what the view showed must be on the canvas
                    double left = Math.max(0, viewport.x(ink.minX()));
                    double right = Math.min(view[0], viewport.x(ink.maxX()));
                    double top = Math.max(0, viewport.y(ink.maxY()));
                    double bottom = Math.min(view[1], viewport.y(ink.minY()));
                    assertThat(left).as(what).isGreaterThanOrEqualTo(area.x());
                    assertThat(right).as(what).isLessThanOrEqualTo(area.x() + area.width());
                    assertThat(top).as(what).isGreaterThanOrEqualTo(area.y());
                    assertThat(bottom).as(what).isLessThanOrEqualTo(area.y() + area.height());
                    checked++;
                }
            }
        }
        assertThat(checked).as("all bundled movements were looked at").isGreaterThan(40 * 2 * 3 * 41);
    }

    @Test
    void aFigureLyingOnItsMatRepaintsLessThanTheWholeBoxInThePlayer() {
        Exercise bridge = catalog.exercises().get("sciatica-bridge");
        FigureMotion motion = KeyFrames.motionOf(catalog, bridge).orElseThrow();
        CanvasArea area = CanvasArea.of(motion, 967, 681);
        assertThat(area.width() * area.height())
                .as("the canvas's area against the figure box's")
                .isLessThan(0.75 * 967 * 681);
    }

    @Test
    void thePictureIsTheSameAsOnACanvasAsLargeAsTheView() throws Exception {
        List<FigureMotion> motions = bundledMotions();
        List<String> different = FxToolkit.setupFixture(() -> {
            List<String> found = new ArrayList<>();
            // every fourth movement, mirrored and not, at the end of the move: all views and both painters' paths
            for (int i = 0; i < motions.size(); i += 4) {
                FigureMotion motion = motions.get(i);
                for (double[] view : VIEWS) {
                    FigureView figure = new FigureView();
                    figure.resize(view[0], view[1]);
                    figure.layout();
                    figure.setMotion(motion);
                    figure.showAt(2_000_000_000L);
                    int pixels =
                            differentPixels(figure.snapshot(null, null), wholeCanvas(motion, view, 2_000_000_000L));
                    if (pixels > 0) {
                        found.add(motion.target().id() + " " + view[0] + "x" + view[1] + ": " + pixels + " pixels");
                    }
                }
            }
            return found;
        });
        assertThat(different).isEmpty();
    }

    /** The picture as the view painted it before: the canvas as large as the view, the movement fitted to it. */
    private static WritableImage wholeCanvas(FigureMotion motion, double[] view, long nanos) {
        Canvas canvas = new Canvas(view[0], view[1]);
        new CanvasFigurePainter(canvas.getGraphicsContext2D(), FigureStyle.standard())
                .paint(motion.drawingAt(nanos), Viewport.fit(motion.bounds(), 0, 0, view[0], view[1]));
        return canvas.snapshot(null, null);
    }

    /**
     * Pixels whose colour differs by more than {@link #ROUNDING} in a channel. The rasteriser's coverage rounds a
     * level or two differently where the same path starts at another pixel of its canvas; more is a real change.
     */
    private static int differentPixels(WritableImage a, WritableImage b) {
        assertThat(a.getWidth()).isEqualTo(b.getWidth());
        assertThat(a.getHeight()).isEqualTo(b.getHeight());
        PixelReader pa = a.getPixelReader();
        PixelReader pb = b.getPixelReader();
        int count = 0;
        for (int y = 0; y < (int) a.getHeight(); y++) {
            for (int x = 0; x < (int) a.getWidth(); x++) {
                int p = pa.getArgb(x, y);
                int q = pb.getArgb(x, y);
                for (int shift = 0; shift < 32; shift += 8) {
                    if (Math.abs(((p >> shift) & 0xff) - ((q >> shift) & 0xff)) > ROUNDING) {
                        count++;
                        break;
                    }
                }
            }
        }
        return count;
    }

    /** Every movement the player plays: each step from the one before, the first repeated from the last; both sides. */
    private static List<FigureMotion> bundledMotions() {
        List<FigureMotion> motions = new ArrayList<>();
        for (Exercise exercise : catalog.exercises().values()) {
            for (Pose[] move : BundledMovements.of(catalog, exercise)) {
                for (boolean mirror : new boolean[] {false, true}) {
                    motions.add(new FigureMotion(move[0], move[1], mirror, 4, Easing.EASE_IN_OUT));
                }
            }
        }
        return motions;
    }
}
