package org.physiokiosk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.physiokiosk.content.ContentFixtures;
import org.physiokiosk.content.ContentLoader;
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
        App app = new App(
                english,
                false,
                false,
                new AppFolders(java.nio.file.Path.of("target", "app-test")),
                TaskRunner.sameThread(),
                TaskRunner.sameThread(),
                settings -> new ContentLoader().load(List.of(ContentFixtures.base())),
                () -> 0L);
        Stage stage = WaitForAsyncUtils.asyncFx(() -> {
                    Stage s = new Stage();
                    app.start(s, new Rectangle2D(0, 0, 1280, 800));
                    return s;
                })
                .get();
        assertThat(app.navigator().currentProperty().get()).isInstanceOf(StartScreen.class);
        assertThat(stage.getScene().getWidth())
                .as("the window fits the screen it is on")
                .isEqualTo(1280);
        assertThat(stage.isFullScreen()).isFalse();
        assertThat(stage.getScene().lookup("#" + StartScreen.TAP_ID).getAccessibleText())
                .isEqualTo("Tap to begin");
        WaitForAsyncUtils.asyncFx(() -> {
                    app.stop();
                    stage.close();
                })
                .get();
    }

    @Test
    void therapistModeOpensTheBuilderSideNotThePatientsStartScreen() throws Exception {
        App app = new App(
                FILE,
                false,
                true,
                new AppFolders(java.nio.file.Path.of("target", "app-test")),
                TaskRunner.sameThread(),
                TaskRunner.sameThread(),
                settings -> new ContentLoader().load(List.of(ContentFixtures.base())),
                () -> 0L);
        Stage stage = WaitForAsyncUtils.asyncFx(() -> {
                    Stage s = new Stage();
                    app.start(s, new Rectangle2D(0, 0, 1920, 1080));
                    return s;
                })
                .get();
        assertThat(app.navigator().currentProperty().get()).isNotNull().isNotInstanceOf(StartScreen.class);
        assertThat(app.flow())
                .as("no patient flow, no idle reset on a therapist's desk")
                .isEmpty();
        WaitForAsyncUtils.asyncFx(() -> {
                    app.stop();
                    stage.close();
                })
                .get();
    }

    @Test
    void aLoadFailureSaysSoInsteadOfAnEmptyWindow() throws Exception {
        App app = new App(
                FILE,
                false,
                false,
                new AppFolders(java.nio.file.Path.of("target", "app-test")),
                TaskRunner.sameThread(),
                TaskRunner.sameThread(),
                settings -> {
                    throw new IllegalStateException("disk gone");
                },
                () -> 0L);
        Stage stage = WaitForAsyncUtils.asyncFx(() -> {
                    Stage s = new Stage();
                    app.start(s, new Rectangle2D(0, 0, 1280, 800));
                    return s;
                })
                .get();
        Labeled message = (Labeled) stage.getScene().lookup("#" + App.LOADING_ID);
        assertThat(message.getText()).startsWith("De oefeningen konden niet worden geladen");
        assertThat(app.flow()).isEmpty();
        WaitForAsyncUtils.asyncFx(() -> {
                    app.stop();
                    stage.close();
                })
                .get();
    }

    @Test
    void kioskModeFillsTheScreenAndCannotBeLeftWithAKey() throws Exception {
        App app = new App(
                FILE,
                true,
                false,
                new AppFolders(java.nio.file.Path.of("target", "app-test")),
                TaskRunner.sameThread(),
                TaskRunner.sameThread(),
                settings -> new ContentLoader().load(List.of(ContentFixtures.base())),
                () -> 0L);
        Stage stage = WaitForAsyncUtils.asyncFx(() -> {
                    Stage s = new Stage();
                    app.start(s, new Rectangle2D(0, 0, 1920, 1080));
                    return s;
                })
                .get();
        WaitForAsyncUtils.waitForFxEvents(); // full screen is asked once the window is up (KioskLockdown)
        assertThat(stage.isFullScreen()).isTrue();
        assertThat(stage.getFullScreenExitKeyCombination()).isEqualTo(KeyCombination.NO_MATCH);
        WaitForAsyncUtils.asyncFx(() -> {
                    app.stop();
                    stage.close();
                })
                .get();
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
        App app = new App(
                FILE,
                false,
                false,
                new AppFolders(java.nio.file.Path.of("target", "app-test")),
                TaskRunner.sameThread(),
                TaskRunner.sameThread(),
                settings -> new ContentLoader().load(List.of(ContentFixtures.base())),
                () -> 0L);
        Stage stage = new Stage();
        app.start(stage, new Rectangle2D(0, 0, 1280, 800));
        Thread.UncaughtExceptionHandler running = Thread.currentThread().getUncaughtExceptionHandler();
        app.stop();
        stage.close();
        return running;
    }
}
