package org.physiokiosk.ui.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import javafx.scene.image.WritableImage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.physiokiosk.figure.Dof;
import org.physiokiosk.figure.Easing;
import org.physiokiosk.figure.FigureMotion;
import org.physiokiosk.figure.JointAngles;
import org.physiokiosk.figure.Pose;
import org.physiokiosk.figure.Prop;
import org.physiokiosk.figure.View;
import org.testfx.api.FxToolkit;

/** The JavaFX painter really paints: pixels change, and they change as time is pushed in. */
class FigureViewTest {

    @BeforeAll
    static void startToolkit() throws Exception {
        // Through TestFX, as every screen test does: a toolkit started behind its back leaves later
        // robot tests without a usable primary stage.
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void paintsTheFigureAndMovesItWithTheTimePushedIn() throws Exception {
        Pose standing = Pose.of("standing", View.SIDE, Prop.FLOOR, JointAngles.none());
        Pose armUp = Pose.of("arm-up", View.SIDE, Prop.FLOOR, JointAngles.of(Map.of(Dof.RIGHT_SHOULDER_RAISE, 180.0)));
        // setupFixture runs on the FX thread and rethrows what the block throws, so a failure shows its cause.
        int[] counts = FxToolkit.setupFixture(() -> {
            FigureView view = new FigureView();
            view.resize(200, 300);
            view.layout();
            view.setMotion(new FigureMotion(standing, armUp, false, 2, Easing.EASE_IN_OUT));
            int atStart = dark(view.snapshot(null, null));
            view.showAt(2_000_000_000L);
            int atEnd = dark(view.snapshot(null, null));
            return new int[] {atStart, atEnd, topRowsDark(view.snapshot(null, null))};
        });
        assertThat(counts[0]).as("figure painted").isGreaterThan(2000);
        assertThat(counts[1]).isNotEqualTo(counts[0]);
        assertThat(counts[2])
                .as("the raised arm reaches the top of the picture")
                .isGreaterThan(20);
    }

    private static int dark(WritableImage image) {
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (image.getPixelReader().getColor(x, y).getBrightness() < 0.7
                        && image.getPixelReader().getColor(x, y).getOpacity() > 0.5) {
                    count++;
                }
            }
        }
        return count;
    }

    private static int topRowsDark(WritableImage image) {
        int count = 0;
        for (int y = 0; y < 20; y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (image.getPixelReader().getColor(x, y).getOpacity() > 0.5
                        && image.getPixelReader().getColor(x, y).getBrightness() < 0.7) {
                    count++;
                }
            }
        }
        return count;
    }
}
