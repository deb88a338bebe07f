package org.physiokiosk.ui.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.physiokiosk.content.ContentLoader;
import org.physiokiosk.kiosk.AppFolders;
import org.physiokiosk.kiosk.LaunchOptions;
import org.physiokiosk.kiosk.LogSetup;
import org.physiokiosk.kiosk.SettingsFile;
import org.physiokiosk.ui.concurrent.BackgroundTaskRunner;

/**
 * Starts JavaFX with the command line's options and hands the real outside world (settings file, log folder,
 * background thread, content loader, monotonic clock) to {@link App}. JavaFX insists on making the
 * Application object itself, so this small class is the only one JavaFX constructs.
 */
public final class KioskLauncher extends Application {

    private static final Logger LOG = Logger.getLogger(KioskLauncher.class.getName());

    private final BackgroundTaskRunner tasks = new BackgroundTaskRunner();
    private final BackgroundTaskRunner renders = new BackgroundTaskRunner("physiokiosk-preview");
    private App app;

    public KioskLauncher() {
        // JavaFX needs a public no-argument constructor; the graph is built in start().
    }

    public static void launch(LaunchOptions options) {
        List<String> parameters = new ArrayList<>();
        parameters.add("--kiosk=" + options.kiosk());
        parameters.add("--therapist=" + options.therapist());
        options.contentFolder().ifPresent(folder -> parameters.add("--content=" + folder.toAbsolutePath()));
        options.language().ifPresent(language -> parameters.add("--lang=" + language));
        Application.launch(KioskLauncher.class, parameters.toArray(String[]::new));
    }

    /** The command line back from JavaFX's named parameters. */
    static LaunchOptions optionsFrom(Map<String, String> named) {
        return new LaunchOptions(Boolean.parseBoolean(named.getOrDefault("kiosk", "false")),
                Optional.ofNullable(named.get("content")).map(java.nio.file.Path::of),
                Optional.ofNullable(named.get("lang")), Boolean.parseBoolean(named.getOrDefault("therapist", "false")));
    }

    @Override
    public void start(Stage stage) {
        AppFolders folders = AppFolders.fromEnvironment();
        LogSetup.toFolder(folders.logFolder());
        SettingsFile.Read read = SettingsFile.read(folders.settingsFile());
        read.problems().forEach(LOG::warning);
        LaunchOptions options = optionsFrom(getParameters().getNamed());
        LOG.info(() -> "starting" + (options.kiosk() ? " in kiosk mode" : " in a window") + "; data folder " + folders.home());
        app = new App(App.settingsFor(read.settings(), options), options.kiosk(), options.therapist(), folders, tasks, renders,
                settings -> new ContentLoader().loadBundledAnd(settings.contentFolder()), System::nanoTime);
        app.start(stage, Screen.getPrimary().getVisualBounds());
    }

    @Override
    public void stop() {
        if (app != null) {
            app.stop();
        }
        tasks.close();
        renders.close();
    }
}
