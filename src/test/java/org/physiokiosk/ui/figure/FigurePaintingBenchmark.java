package org.physiokiosk.ui.figure;

import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import org.physiokiosk.content.ContentLoader;
import org.physiokiosk.figure.Easing;
import org.physiokiosk.figure.FigureDrawing;
import org.physiokiosk.figure.FigureMotion;
import org.physiokiosk.figure.FigureStyle;
import org.physiokiosk.figure.Pose;
import org.physiokiosk.figure.Viewport;

/**
 * How much one animated figure frame costs with JavaFX's software renderer, against a baseline painted side
 * by side in the same run: the same canvas, the same number of filled and outlined shapes, as plain
 * rectangles. Each frame is rasterised (a snapshot), since a canvas only records commands until rendered.
 * Run its main on the test class path; results go into docs/benchmarks.md.
 */
public final class FigurePaintingBenchmark {

    private static final int WIDTH = 800, HEIGHT = 600, FRAMES = 300, ROUNDS = 5;

    public static void main(String[] args) throws Exception {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        var poses =
                new ContentLoader().loadBundledAnd(Optional.empty()).catalog().poses();
        Pose from = poses.get("supine-knees-bent"), to = poses.get("bridge");
        FigureMotion motion = new FigureMotion(from, to, false, 3, Easing.EASE_IN_OUT);
        int shapes = motion.drawingAt(0).items().size();

        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get();
        for (int round = 0; round < ROUNDS; round++) {
            double describe = describeOnly(motion);
            double figure = onFx(() -> paintFigures(motion));
            double baseline = onFx(() -> paintRectangles(shapes));
            System.out.printf(
                    Locale.ROOT,
                    "round %d: description %.0f µs, figure %.0f µs, baseline (%d rectangles) %.0f µs, ratio %.2f%n",
                    round,
                    describe,
                    figure,
                    shapes,
                    baseline,
                    figure / baseline);
        }
        Platform.exit();
    }

    /** Kinematics and paths alone, without JavaFX: µs per frame. */
    private static double describeOnly(FigureMotion motion) {
        long start = System.nanoTime();
        int sink = 0;
        for (int i = 0; i < FRAMES; i++) {
            sink += motion.drawingAt(i * 10_000_000L).items().size();
        }
        if (sink == 42) {
            System.out.print("");
        }
        return (System.nanoTime() - start) / 1000.0 / FRAMES;
    }

    private static double paintFigures(FigureMotion motion) {
        Canvas canvas = new Canvas(WIDTH, HEIGHT);
        CanvasFigurePainter painter = new CanvasFigurePainter(canvas.getGraphicsContext2D(), FigureStyle.standard());
        Viewport viewport = Viewport.fit(motion.bounds(), 0, 0, WIDTH, HEIGHT);
        long start = System.nanoTime();
        for (int i = 0; i < FRAMES; i++) {
            canvas.getGraphicsContext2D().clearRect(0, 0, WIDTH, HEIGHT);
            FigureDrawing drawing = motion.drawingAt(i * 10_000_000L);
            painter.paint(drawing, viewport);
            canvas.snapshot(null, null);
        }
        return (System.nanoTime() - start) / 1000.0 / FRAMES;
    }

    private static double paintRectangles(int shapes) {
        Canvas canvas = new Canvas(WIDTH, HEIGHT);
        GraphicsContext g = canvas.getGraphicsContext2D();
        long start = System.nanoTime();
        for (int i = 0; i < FRAMES; i++) {
            g.clearRect(0, 0, WIDTH, HEIGHT);
            for (int s = 0; s < shapes; s++) {
                double x = 100 + (s * 37 + i) % 500, y = 80 + (s * 53) % 400;
                g.setFill(Color.rgb(62, 106, 138));
                g.fillRect(x, y, 60, 40);
                g.setStroke(Color.rgb(30, 42, 54));
                g.setLineWidth(3);
                g.strokeRect(x, y, 60, 40);
            }
            canvas.snapshot(null, null);
        }
        return (System.nanoTime() - start) / 1000.0 / FRAMES;
    }

    private interface Work {
        double run();
    }

    private static double onFx(Work work) throws Exception {
        CompletableFuture<Double> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.run());
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        return result.get();
    }
}
