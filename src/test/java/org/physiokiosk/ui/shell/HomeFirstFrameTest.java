package org.physiokiosk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.concurrent.ExecutionException;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.physiokiosk.content.Catalog;
import org.physiokiosk.content.ContentLoader;
import org.physiokiosk.testing.LayoutChecks;
import org.physiokiosk.ui.common.PageScroller;
import org.physiokiosk.ui.home.HomeScreen;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The complaints screen's first frame is its final one (hostile walk F24): with a fourth, clinic complaint the
 * ▲▼ were drawn over the first tile at the first pulse, placed only at the next one (~2 s later on a loaded
 * machine). Here the screen gets exactly one layout pass, as at its first pulse, before it is looked at.
 */
class HomeFirstFrameTest {

    private static Catalog bundled;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
        bundled = new ContentLoader().loadBundledAnd(Optional.empty()).catalog();
    }

    @ParameterizedTest
    @CsvSource({
        "4, 1280, 800, nl, false",
        "4, 1280, 800, en, true",
        "4, 1920, 1080, nl, true",
        "12, 1280, 800, nl, false",
        "12, 1920, 1080, en, false"
    })
    void theArrowsStandBesideTheTilesAtTheFirstLayout(
            int complaints, double width, double height, String language, boolean large) throws Exception {
        Catalog catalog = complaints == 4 ? LongClinicContent.of(bundled) : ManyComplaints.of(bundled, complaints);
        String what =
                "%d complaints, %.0fx%.0f %s%s".formatted(complaints, width, height, language, large ? " A+" : "");
        onFx(() -> {
            Stage stage = new Stage();
            KioskHarness kiosk = new KioskHarness(catalog, language);
            kiosk.start(stage, width, height);
            kiosk.flow().look().largeTextProperty().set(large);
            Scene scene = stage.getScene();
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            kiosk.flow().showHome();
            // One pass, as the first pulse after the screen changed does.
            scene.getRoot().applyCss();
            scene.getRoot().layout();

            Node tiles = scene.lookup("#" + HomeScreen.TILES_ID);
            Bounds tilesAt = tiles.localToScene(tiles.getLayoutBounds());
            Node up = scene.lookup("#" + HomeScreen.TILES_ID + PageScroller.UP_ID_SUFFIX);
            if (complaints > 4) {
                assertThat(up.isVisible()).as("%s: the tiles page", what).isTrue();
            }
            for (String suffix : new String[] {PageScroller.UP_ID_SUFFIX, PageScroller.DOWN_ID_SUFFIX}) {
                Node arrow = scene.lookup("#" + HomeScreen.TILES_ID + suffix);
                if (!arrow.isVisible()) {
                    continue;
                }
                Bounds at = arrow.localToScene(arrow.getLayoutBounds());
                assertThat(at.getMinX())
                        .as("%s: at the first layout, %s (%s) stands beside the tiles (%s)", what, suffix, at, tilesAt)
                        .isGreaterThanOrEqualTo(tilesAt.getMaxX() - 1);
                assertThat(at.getHeight())
                        .as("%s: %s is laid out", what, suffix)
                        .isGreaterThan(40);
            }
            LayoutChecks.assertNoButtonOverAnother(scene.getRoot());
            kiosk.app.stop();
            stage.close();
        });
    }

    private static void onFx(Runnable walk) throws InterruptedException, ExecutionException {
        WaitForAsyncUtils.asyncFx(walk).get();
    }
}
