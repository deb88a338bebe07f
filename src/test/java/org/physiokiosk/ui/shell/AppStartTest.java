package org.physiokiosk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.physiokiosk.content.ContentFixtures;
import org.physiokiosk.content.ContentLoader;
import org.physiokiosk.content.LoadResult;
import org.physiokiosk.kiosk.AppFolders;
import org.physiokiosk.kiosk.LaunchOptions;
import org.physiokiosk.kiosk.Settings;
import org.physiokiosk.ui.concurrent.TaskRunner;
import org.physiokiosk.ui.start.StartScreen;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The start path with the same-thread runner: settings and command line, loading, a load failure, kiosk mode. */
class AppStartTest {

    private static final Settings FILE = new Settings(
            "Praktijk Zuid",
            "",
            "nl",
            Duration.ofSeconds(90),
            Optional.of(Path.of("/clinic/content")),
            Optional.empty());

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void theCommandLineOverridesTheSettingsFile() {
        Settings merged = App.settingsFor(
                FILE, new LaunchOptions(false, Optional.of(Path.of("/other")), Optional.of("en"), false));
        assertThat(merged.language()).isEqualTo("en");
        assertThat(merged.contentFolder()).contains(Path.of("/other"));
        assertThat(merged.clinicName()).isEqualTo("Praktijk Zuid");
        assertThat(merged.idleTimeout()).isEqualTo(Duration.ofSeconds(90));

        Settings kept = App.settingsFor(FILE, new LaunchOptions(false, Optional.empty(), Optional.of("fr"), false));
        assertThat(kept.language()).as("an unknown language is ignored").isEqualTo("nl");
        assertThat(kept.contentFolder()).contains(Path.of("/clinic/content"));
    }

    @Test
    void loadedContentOpensTheStartScreenInTheSettingsLanguage() throws Exception {
        Settings english = App.settingsFor(FILE, new LaunchOptions(false, Optional.empty(), Optional.of("en"), false));
        App app = app(english, false, false, BASE);
        Stage stage = open(app, 1280, 800);
        assertThat(app.navigator().currentProperty().get()).isInstanceOf(StartScreen.class);
        assertThat(stage.getScene().getWidth())
                .as("the window fits the screen it is on")
                .isEqualTo(1280);
        assertThat(stage.isFullScreen()).isFalse();
        assertThat(stage.getScene().lookup("#" + StartScreen.TAP_ID).getAccessibleText())
                .isEqualTo("Tap to begin");
        close(app, stage);
    }

    @Test
    void therapistModeOpensTheBuilderSideNotThePatientsStartScreen() throws Exception {
        App app = app(FILE, false, true, BASE);
        Stage stage = open(app, 1920, 1080);
        assertThat(app.navigator().currentProperty().get()).isNotNull().isNotInstanceOf(StartScreen.class);
        assertThat(app.flow())
                .as("no patient flow, no idle reset on a therapist's desk")
                .isEmpty();
        close(app, stage);
    }

    @Test
    void aLoadFailureSaysSoInsteadOfAnEmptyWindow() throws Exception {
        App app = app(FILE, false, false, settings -> {
            throw new IllegalStateException("disk gone");
        });
        Stage stage = open(app, 1280, 800);
        Labeled message = (Labeled) stage.getScene().lookup("#" + App.LOADING_ID);
        assertThat(message.getText()).startsWith("De oefeningen konden niet worden geladen");
        assertThat(app.flow()).isEmpty();
        close(app, stage);
    }

    @Test
    void kioskModeFillsTheScreenAndCannotBeLeftWithAKey() throws Exception {
        App app = app(FILE, true, false, BASE);
        Stage stage = open(app, 1920, 1080);
        WaitForAsyncUtils.waitForFxEvents(); // full screen is asked once the window is up (KioskLockdown)
        assertThat(stage.isFullScreen()).isTrue();
        assertThat(stage.getFullScreenExitKeyCombination()).isEqualTo(KeyCombination.NO_MATCH);
        close(app, stage);
    }

    @Test
    void stoppingGivesTheFxThreadItsUncaughtExceptionHandlerBack() throws Exception {
        Thread.UncaughtExceptionHandler earlier = (thread, fault) -> {};
        List<Thread.UncaughtExceptionHandler> seen = WaitForAsyncUtils.asyncFx(() -> {
                    Thread fx = Thread.currentThread();
                    Thread.UncaughtExceptionHandler original = fx.getUncaughtExceptionHandler();
                    try {
                        fx.setUncaughtExceptionHandler(earlier);
                        Thread.UncaughtExceptionHandler running = startAndStop();
                        Thread.UncaughtExceptionHandler afterEarlier = fx.getUncaughtExceptionHandler();
                        fx.setUncaughtExceptionHandler(null); // none of its own: the thread answers with its group
                        startAndStop();
                        return List.of(running, afterEarlier, fx.getUncaughtExceptionHandler());
                    } finally {
                        fx.setUncaughtExceptionHandler(original == fx.getThreadGroup() ? null : original);
                    }
                })
                .get();
        assertThat(seen.get(0))
                .as("while the App runs, its faults are the FX thread's handler")
                .isInstanceOf(ScreenFaults.class);
        assertThat(seen.get(1)).as("after stop(), the handler from before").isSameAs(earlier);
        assertThat(seen.get(2))
                .as("after stop(), no handler when there was none")
                .isInstanceOf(ThreadGroup.class);
    }

    /** On the FX thread: starts an App on a new stage, stops it, and says which handler it had installed. */
    private static Thread.UncaughtExceptionHandler startAndStop() {
        App app = app(FILE, false, false, BASE);
        Stage stage = new Stage();
        app.start(stage, new Rectangle2D(0, 0, 1280, 800));
        Thread.UncaughtExceptionHandler running = Thread.currentThread().getUncaughtExceptionHandler();
        app.stop();
        stage.close();
        return running;
    }

    private static final Function<Settings, LoadResult> BASE =
            settings -> new ContentLoader().load(List.of(ContentFixtures.base()));

    private static App app(Settings settings, boolean kiosk, boolean therapist, Function<Settings, LoadResult> load) {
        return new App(
                settings,
                kiosk,
                therapist,
                new AppFolders(Path.of("target", "app-test")),
                TaskRunner.sameThread(),
                TaskRunner.sameThread(),
                load,
                () -> 0L);
    }

    /** Starts {@code app} on a new stage of the given size, on the FX thread. */
    private static Stage open(App app, double width, double height) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
                    Stage stage = new Stage();
                    app.start(stage, new Rectangle2D(0, 0, width, height));
                    return stage;
                })
                .get();
    }

    private static void close(App app, Stage stage) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
                    app.stop();
                    stage.close();
                })
                .get();
    }
}
