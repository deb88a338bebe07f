package org.physiokiosk.ui.shell;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.physiokiosk.content.ContentLoader;
import org.physiokiosk.content.LoadResult;
import org.physiokiosk.kiosk.AppFolders;
import org.physiokiosk.kiosk.DisplayCheck;
import org.physiokiosk.kiosk.FirstSetup;
import org.physiokiosk.kiosk.LaunchOptions;
import org.physiokiosk.kiosk.LogSetup;
import org.physiokiosk.kiosk.PinVault;
import org.physiokiosk.kiosk.Settings;
import org.physiokiosk.kiosk.SettingsFile;
import org.physiokiosk.ui.concurrent.BackgroundTaskRunner;
import org.physiokiosk.ui.i18n.Messages;

/**
 * Starts JavaFX with the command line's options and hands the real outside world (settings file, log folder,
 * background thread, content loader, monotonic clock) to {@link App}. JavaFX insists on making the
 * Application object itself, so this small class is the only one JavaFX constructs.
 */
public final class KioskLauncher extends Application {

    private static final Logger LOG = Logger.getLogger(KioskLauncher.class.getName());

    /**
     * The content read started in {@link #launch}, before the toolkit: JavaFX constructs this class itself, so the
     * only way to hand it over is a static field, written once before {@code Application.launch}.
     */
    private static volatile ContentHeadStart headStart;

    private final BackgroundTaskRunner tasks = new BackgroundTaskRunner();
    private final BackgroundTaskRunner renders = new BackgroundTaskRunner("physiokiosk-preview");
    private App app;

    public KioskLauncher() {
        // JavaFX needs a public no-argument constructor; the graph is built in start().
    }

    public static void launch(LaunchOptions options) {
        Optional<String> noWindow = DisplayCheck.ofThisMachine().problem();
        if (noWindow.isPresent()) {
            System.err.println(noWindow.get()); // one line, no stack trace: the reader is an administrator
            System.exit(1);
        }
        Settings settings = App.settingsFor(
                SettingsFile.read(options.folders().settingsFile()).settings(), options);
        headStart = ContentHeadStart.begin(settings.contentFolder(), KioskLauncher::readContent);
        List<String> parameters = new ArrayList<>();
        parameters.add("--kiosk=" + options.kiosk());
        parameters.add("--therapist=" + options.therapist());
        options.contentFolder().ifPresent(folder -> parameters.add("--content=" + folder.toAbsolutePath()));
        options.language().ifPresent(language -> parameters.add("--lang=" + language));
        options.home().ifPresent(home -> parameters.add("--home=" + home.toAbsolutePath()));
        Application.launch(KioskLauncher.class, parameters.toArray(String[]::new));
    }

    /** The command line back from JavaFX's named parameters. */
    static LaunchOptions optionsFrom(Map<String, String> named) {
        return new LaunchOptions(
                Boolean.parseBoolean(named.getOrDefault("kiosk", "false")),
                Optional.ofNullable(named.get("content")).map(java.nio.file.Path::of),
                Optional.ofNullable(named.get("lang")),
                Boolean.parseBoolean(named.getOrDefault("therapist", "false")),
                Optional.ofNullable(named.get("home")).map(java.nio.file.Path::of));
    }

    @Override
    public void start(Stage stage) {
        LaunchOptions options = optionsFrom(getParameters().getNamed());
        AppFolders folders = options.folders();
        LogSetup.toFolder(folders.logFolder());
        SettingsFile.Read read = SettingsFile.read(folders.settingsFile());
        read.problems().forEach(LOG::warning);
        LOG.info(() ->
                "starting" + (options.kiosk() ? " in kiosk mode" : " in a window") + "; data folder " + folders.home());
        FirstSetup setup = new FirstSetup(
                folders, new PinVault(folders.home(), read.settings().therapistPinHash()));
        if (options.kiosk() && setup.needed()) {
            Settings first = App.settingsFor(read.settings(), options);
            FirstStart.show(
                    stage,
                    Screen.getPrimary().getVisualBounds(),
                    new Messages(first.language()),
                    first.clinicName(),
                    setup,
                    tasks,
                    () -> startApp(stage, folders, SettingsFile.read(folders.settingsFile()), options));
            return;
        }
        startApp(stage, folders, read, options);
    }

    private void startApp(Stage stage, AppFolders folders, SettingsFile.Read read, LaunchOptions options) {
        app = new App(
                App.settingsFor(read.settings(), options),
                options.kiosk(),
                options.therapist(),
                folders,
                tasks,
                renders,
                settings -> contentFor(settings.contentFolder()),
                System::nanoTime);
        app.start(stage, Screen.getPrimary().getVisualBounds());
    }

    /** The head start's read when there is one (a normal start), otherwise a read now (the same, later). */
    private static LoadResult contentFor(Optional<Path> contentFolder) {
        ContentHeadStart early = headStart;
        return early == null ? readContent(contentFolder) : early.contentFor(contentFolder);
    }

    private static LoadResult readContent(Optional<Path> contentFolder) {
        return new ContentLoader().loadBundledAnd(contentFolder);
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
