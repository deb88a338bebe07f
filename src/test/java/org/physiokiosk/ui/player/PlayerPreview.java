package org.physiokiosk.ui.player;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.physiokiosk.content.Catalog;
import org.physiokiosk.content.ContentLoader;
import org.physiokiosk.content.Dose;
import org.physiokiosk.content.Exercise;
import org.physiokiosk.content.IntRange;
import org.physiokiosk.player.Phase;
import org.physiokiosk.player.PlannedExercise;
import org.physiokiosk.player.PlayerState;
import org.physiokiosk.ui.i18n.Messages;
import org.physiokiosk.ui.theme.Theme;

/**
 * A development aid, not a test: plays a small bundled program on a pushed clock, jumps to each phase and
 * writes a PNG of the player per phase, size and language into the folder given as the first argument.
 * Run with the test class path and -Dphysiokiosk.content=content (under Xvfb or Monocle).
 */
public final class PlayerPreview {

    private static final long STEP = 50_000_000L;
    private static final int[][] SIZES = {{1920, 1080}, {1280, 800}, {1080, 1920}};

    private record Shot(String name, Predicate<PlayerState> when) {}

    private static final List<Shot> SHOTS = List.of(
            new Shot("1-get-ready", s -> s.phase() == Phase.GET_READY && s.phaseElapsedNanos() > 1_200_000_000L),
            new Shot("2-move", s -> s.phase() == Phase.MOVE && s.rep() == 1 && s.phaseElapsedNanos() > 1_500_000_000L),
            new Shot("3-hold", s -> s.phase() == Phase.HOLD && s.phaseElapsedNanos() > 7_000_000_000L),
            new Shot("4-switch-side", s -> s.phase() == Phase.SWITCH_SIDE && s.phaseElapsedNanos() > 1_000_000_000L),
            new Shot("5-rest", s -> s.phase() == Phase.REST && s.phaseElapsedNanos() > 3_000_000_000L),
            new Shot(
                    "6-next-exercise", s -> s.phase() == Phase.NEXT_EXERCISE && s.phaseElapsedNanos() > 1_000_000_000L),
            new Shot(
                    "7-paused",
                    s -> s.phase() == Phase.MOVE
                            && s.exerciseIndex() == 1
                            && s.rep() == 1
                            && s.phaseElapsedNanos() > 1_000_000_000L),
            new Shot("8-done", PlayerState::completed));

    public static void main(String[] args) {
        // Launched through a nested class: a main class that extends Application needs JavaFX on the module path.
        Application.launch(Shots.class, args);
    }

    public static final class Shots extends Application {
        @Override
        public void start(Stage ignored) throws IOException {
            shoot(new File(getParameters().getRaw().get(0)));
        }
    }

    private static void shoot(File out) throws IOException {
        out.mkdirs();
        Theme.loadFonts();
        Catalog catalog = new ContentLoader().loadBundledAnd(Optional.empty()).catalog();
        Exercise knee = catalog.exercise("lowback-knee-to-chest").orElseThrow();
        Dose twoSets = new Dose(
                new IntRange(2, 4),
                2,
                new IntRange(10, 30),
                20,
                knee.dose().side(),
                knee.dose().timesPerDay(),
                knee.dose().defaults());
        List<PlannedExercise> plan = List.of(
                new PlannedExercise(knee, twoSets, Optional.empty()),
                PlannedExercise.asWritten(
                        catalog.exercise("leaflet-knees-side-to-side").orElseThrow()));
        for (String language : Messages.LANGUAGES) {
            for (int[] size : SIZES) {
                long[] clock = {1_000_000_000L};
                PlayerScreen screen = new PlayerScreen(
                        catalog.poses()::get,
                        plan,
                        new Messages(language),
                        () -> {},
                        () -> {},
                        () -> clock[0],
                        CueSound.silent());
                Scene scene = new Scene(screen.view(), size[0], size[1]);
                Theme.apply(scene);
                for (Shot shot : SHOTS) {
                    while (!shot.when().test(screen.state())) {
                        clock[0] += STEP;
                        screen.frame();
                    }
                    if (shot.name().contains("paused")) {
                        ((javafx.scene.control.Button) screen.view().lookup("#" + PlayerScreen.PAUSE_ID)).fire();
                    }
                    write(scene, new File(out, language + "-" + size[0] + "x" + size[1] + "-" + shot.name() + ".png"));
                    if (shot.name().contains("paused")) {
                        clock[0] += 60_000_000_000L;
                        ((javafx.scene.control.Button) screen.view().lookup("#" + PlayerScreen.PAUSE_ID)).fire();
                    }
                }
                screen.dispose();
            }
        }
        Platform.exit();
    }

    private static void write(Scene scene, File file) throws IOException {
        WritableImage image = scene.snapshot(null);
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] pixels = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), pixels, 0, w);
        BufferedImage png = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        png.setRGB(0, 0, w, h, pixels, 0, w);
        ImageIO.write(png, "png", file);
    }
}
