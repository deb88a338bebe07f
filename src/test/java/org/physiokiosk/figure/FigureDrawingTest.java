package org.physiokiosk.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FigureDrawingTest {

    /** Records what a painter is asked to do. */
    static final class RecordingSurface implements DrawingSurface {
        final List<String> calls = new ArrayList<>();
        double minX = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, minY = Double.MAX_VALUE, maxY = -Double.MAX_VALUE;

        @Override
        public void beginPath() {
            calls.add("begin");
        }

        @Override
        public void moveTo(double x, double y) {
            see(x, y);
            calls.add("move");
        }

        @Override
        public void lineTo(double x, double y) {
            see(x, y);
            calls.add("line");
        }

        @Override
        public void curveTo(double x1, double y1, double x2, double y2, double x3, double y3) {
            see(x3, y3);
            calls.add("curve");
        }

        @Override
        public void closePath() {
            calls.add("close");
        }

        @Override
        public void paint(Rgb fill, Rgb stroke, double width) {
            calls.add("paint");
        }

        private void see(double x, double y) {
            minX = Math.min(minX, x);
            maxX = Math.max(maxX, x);
            minY = Math.min(minY, y);
            maxY = Math.max(maxY, y);
        }
    }

    @Test
    void fittedDrawingStaysInsideItsBox() {
        FigureDrawing drawing = FigureDrawings.still(Pose.of("p", View.SIDE, Prop.MAT, SkeletonTest.HOOK_LYING), false);
        RecordingSurface surface = new RecordingSurface();
        drawing.paintFitted(surface, 10, 20, 300, 200, FigureStyle.standard());
        assertThat(surface.minX).isGreaterThanOrEqualTo(10 - 1e-6);
        assertThat(surface.maxX).isLessThanOrEqualTo(310 + 1e-6);
        assertThat(surface.minY).isGreaterThanOrEqualTo(20 - 1e-6);
        assertThat(surface.maxY).isLessThanOrEqualTo(220 + 1e-6);
        assertThat(surface.calls).contains("curve");
        assertThat(surface.calls.stream().filter("paint"::equals).count())
                .isEqualTo(drawing.items().size());
    }

    @Test
    void aCuedStepGetsAnArrowAndAHighlightedPartAGlow() {
        Pose lying = Pose.of("a", View.SIDE, Prop.MAT, SkeletonTest.HOOK_LYING);
        Pose bridge = new Pose(
                "b",
                Optional.empty(),
                Optional.of(View.SIDE),
                Optional.of(Prop.MAT),
                Optional.empty(),
                SkeletonTest.HOOK_LYING.with(Dof.BODY_PITCH, -115),
                Optional.of(Set.of(BodyPart.BUTTOCKS)),
                Optional.of(Landmark.HIPS));
        FigureDrawing step = FigureDrawings.step(lying, bridge, false);
        assertThat(step.items()).anyMatch(i -> i.fill() == ColorRole.ARROW);
        assertThat(step.items()).anyMatch(i -> i.fill() == ColorRole.HIGHLIGHT);
        assertThat(FigureDrawings.still(bridge, false).items()).noneMatch(i -> i.stroke() == ColorRole.ARROW);
    }

    @Test
    void nearAndFarShadesDifferInLightnessForBlackAndWhitePrint() {
        FigureStyle style = FigureStyle.standard();
        assertThat(style.color(ColorRole.CLOTHES_FAR).luminance()
                        - style.color(ColorRole.CLOTHES_NEAR).luminance())
                .isGreaterThan(0.25);
        assertThat(style.color(ColorRole.SKIN_FAR).luminance()
                        - style.color(ColorRole.SKIN_NEAR).luminance())
                .isGreaterThan(0.08);
        assertThat(style.color(ColorRole.HIGHLIGHT).luminance())
                .isGreaterThan(style.color(ColorRole.CLOTHES_NEAR).luminance() + 0.25);
    }

    @Test
    void capsuleIsClosedAndRound() {
        PathData capsule = new PathBuilder().capsule(0, 0, 0.05, 1, 0, 0.03).build();
        double[] box = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        capsule.addTo(box);
        assertThat(box[0]).isLessThan(-0.045);
        assertThat(box[2]).isGreaterThan(1.025);
        assertThat(capsule.op(capsule.size() - 1)).isEqualTo(PathData.CLOSE);
    }
}
