package org.physiokiosk.ui.shell;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.AccessibleAction;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.physiokiosk.content.Catalog;
import org.physiokiosk.content.ContentLoader;
import org.physiokiosk.ui.common.PageScroller;
import org.physiokiosk.ui.condition.ConditionTab;
import org.physiokiosk.ui.exercise.ExerciseScreen;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Not a test: a tour that saves a PNG of every patient screen at three window sizes, in both languages,
 * normal and high contrast, for a person to look at. Run with -Dtour.dir=/some/folder.
 */
@EnabledIfSystemProperty(named = "tour.dir", matches = ".+")
class ScreenTourTest {

    private static final List<double[]> SIZES =
            List.of(new double[] {1920, 1080}, new double[] {1280, 800}, new double[] {1080, 1920});

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void tour() throws Exception {
        Path out = Path.of(System.getProperty("tour.dir"));
        Files.createDirectories(out);
        Catalog catalog = new ContentLoader().loadBundledAnd(Optional.empty()).catalog();
        for (double[] size : SIZES) {
            for (String language : List.of("nl", "en")) {
                for (boolean contrast : List.of(false, true)) {
                    String name = (int) size[0] + "x" + (int) size[1] + "-" + language + (contrast ? "-hc" : "");
                    WaitForAsyncUtils.asyncFx(() -> walk(catalog, size, language, contrast, out, name))
                            .get();
                }
            }
        }
    }

    private static void walk(Catalog catalog, double[] size, String language, boolean contrast, Path out, String name) {
        Stage stage = new Stage();
        KioskHarness kiosk = new KioskHarness(catalog, language);
        kiosk.start(stage, size[0], size[1]);
        Scene scene = stage.getScene();
        kiosk.flow().look().highContrastProperty().set(contrast);
        kiosk.flow().showStart();
        save(scene, out, name + "-1-start");
        kiosk.flow().look().largeTextProperty().set(true);
        save(scene, out, name + "-1b-start-larger-text");
        kiosk.flow().look().largeTextProperty().set(false);
        kiosk.flow().showHome();
        save(scene, out, name + "-2-home");
        var condition = catalog.conditions().get("low-back-pain");
        kiosk.flow().showCondition(condition);
        save(scene, out, name + "-3-condition-warnings");
        fire(scene, "#" + ConditionTab.ABOUT.buttonId());
        save(scene, out, name + "-4-condition-about");
        fire(scene, "#" + ConditionTab.EXERCISES.buttonId());
        save(scene, out, name + "-5-condition-exercises");
        fire(scene, "#exercise-" + condition.exercises().get(0));
        save(scene, out, name + "-6-safety");
        KioskHarness.readToTheEnd(scene);
        save(scene, out, name + "-6b-safety-read");
        fire(scene, "#safety-confirm");
        save(scene, out, name + "-7-exercise");
        // The exercise with the most caution text, in the usual and the larger text: the hardest page to fit.
        var longest = ExercisePageCheck.longestCautions(catalog, language);
        kiosk.flow().showExercise(condition, longest);
        save(scene, out, name + "-7b-exercise-longest-cautions");
        kiosk.flow().look().largeTextProperty().set(true);
        save(scene, out, name + "-7c-exercise-longest-cautions-larger-text");
        kiosk.flow().look().largeTextProperty().set(false);
        fire(scene, "#" + ExerciseScreen.CAUTIONS_ID + "-scroll" + PageScroller.DOWN_ID_SUFFIX);
        save(scene, out, name + "-7d-exercise-longest-cautions-paged");
        kiosk.flow()
                .showExercise(
                        condition, catalog.exercises().get(condition.exercises().get(0)));
        kiosk.idleFor(61);
        save(scene, out, name + "-8-idle");
        kiosk.idleFor(1);
        fire(scene, "#idle-continue");
        fire(scene, "#exercise-start");
        fire(scene, "#player-pause");
        save(scene, out, name + "-9-player");
        kiosk.flow().resetVisit();
        kiosk.flow().showStart();
        kiosk.flow().look().highContrastProperty().set(contrast);
        kiosk.flow().showHome();
        fire(scene, "#condition-sciatica");
        fire(scene, "#condition-tab-exercises");
        fire(scene, "#exercise-sciatica-child-pose");
        fire(scene, "#safety-applies");
        save(scene, out, name + "-a-safety-advice");
        kiosk.app.stop();
        stage.close();
    }

    static void fire(Scene scene, String selector) {
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        Node node = scene.lookup(selector);
        if (node == null) {
            throw new IllegalStateException("no " + selector + " on " + scene.getRoot());
        }
        if (node instanceof ButtonBase button) {
            button.fire();
        } else {
            node.executeAccessibleAction(AccessibleAction.FIRE);
        }
    }

    static void save(Scene scene, Path out, String name) {
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        // Layouts that reflow on their width (the complaint grid) settle on the second pass, as on the next pulse.
        scene.getRoot().layout();
        WritableImage image = scene.snapshot(null);
        try {
            int w = (int) image.getWidth();
            int h = (int) image.getHeight();
            var buffered = new java.awt.image.BufferedImage(w, h, java.awt.image.BufferedImage.TYPE_INT_RGB);
            var reader = image.getPixelReader();
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    buffered.setRGB(x, y, reader.getArgb(x, y));
                }
            }
            javax.imageio.ImageIO.write(
                    buffered, "png", out.resolve(name + ".png").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
