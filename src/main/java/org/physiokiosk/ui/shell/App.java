package org.physiokiosk.ui.shell;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.physiokiosk.common.Language;
import org.physiokiosk.content.ContentLoader;
import org.physiokiosk.content.LoadResult;
import org.physiokiosk.kiosk.AppFolders;
import org.physiokiosk.kiosk.LogSetup;
import org.physiokiosk.kiosk.Settings;
import org.physiokiosk.kiosk.SettingsFile;
import org.physiokiosk.ui.concurrent.BackgroundTaskRunner;
import org.physiokiosk.ui.i18n.Messages;
import org.physiokiosk.ui.theme.Theme;

/**
 * The composition root: builds the object graph with {@code new} and constructor arguments, and owns the
 * window. Started through {@link KioskLauncher}, which passes the command line as named parameters.
 */
public final class App extends Application {

    private static final Logger LOG = Logger.getLogger(App.class.getName());
    private static final double WIDTH = 1920;
    private static final double HEIGHT = 1080;

    private final BackgroundTaskRunner tasks = new BackgroundTaskRunner();
    private final BackgroundTaskRunner renders = new BackgroundTaskRunner("physiokiosk-preview");
    private AppFolders folders;
    private boolean therapistMode;
    private Settings settings = Settings.DEMO;
    private boolean kioskMode;

    public App() {
        // JavaFX needs a public no-argument constructor; the graph is built in init() and start().
    }

    @Override
    public void init() {
        folders = AppFolders.fromEnvironment();
        LogSetup.toFolder(folders.logFolder());
        SettingsFile.Read read = SettingsFile.read(folders.settingsFile());
        read.problems().forEach(problem -> LOG.warning(problem));
        Map<String, String> named = getParameters().getNamed();
        kioskMode = Boolean.parseBoolean(named.getOrDefault("kiosk", "false"));
        therapistMode = Boolean.parseBoolean(named.getOrDefault("therapist", "false"));
        Optional<Path> content = Optional.ofNullable(named.get("content")).map(Path::of).or(() -> read.settings().contentFolder());
        String language = Optional.ofNullable(named.get("lang")).filter(Language::isSupported)
                .orElse(read.settings().language());
        Settings fromFile = read.settings();
        settings = new Settings(fromFile.clinicName(), fromFile.contactLine(), language, fromFile.idleTimeout(), content,
                fromFile.therapistPinHash());
        LOG.info(() -> "starting" + (kioskMode ? " in kiosk mode" : " in a window") + "; data folder " + folders.home());
    }

    @Override
    public void start(Stage stage) {
        Theme.loadFonts();
        Messages messages = new Messages(settings.language());
        Label loading = new Label(messages.get("common.loading"));
        loading.getStyleClass().add(Theme.MESSAGE);
        StackPane splash = new StackPane(loading);
        splash.getStyleClass().add(Theme.SCREEN);
        Scene scene = new Scene(splash, WIDTH, HEIGHT);
        Theme.apply(scene);
        Navigator navigator = new Navigator(scene);

        tasks.run(() -> new ContentLoader().loadBundledAnd(settings.contentFolder()),
                result -> {
                    logProblems(result);
                    if (therapistMode) {
                        new TherapistFlow(TherapistFlow.services(result.catalog(), settings, folders, stage, messages, tasks,
                                renders), messages, navigator, TherapistFlow.pinCheck(settings), settings.language(),
                                Optional.empty()).show();
                    } else {
                        new PatientFlow(result.catalog(), settings.clinicName(), messages, navigator).showHome();
                        StartupMarks.homeShown(scene);
                    }
                },
                failure -> {
                    LOG.log(Level.SEVERE, "content could not be loaded", failure);
                    loading.setText(messages.get("common.loadFailed"));
                });

        stage.setTitle(messages.get("app.title") + " — " + settings.clinicName());
        stage.setScene(scene);
        if (kioskMode) {
            stage.setFullScreenExitHint("");
            stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
            stage.setFullScreen(true);
        }
        stage.show();
        StartupMarks.windowShown();
    }

    @Override
    public void stop() {
        tasks.close();
        renders.close();
    }

    private static void logProblems(LoadResult result) {
        result.problems().forEach(problem -> LOG.log(problem.isError() ? Level.WARNING : Level.INFO, problem.format()));
        LOG.info(() -> "content loaded: " + result.catalog().exercises().size() + " exercises, "
                + result.catalog().conditions().size() + " conditions, " + result.errorCount() + " errors");
    }
}
