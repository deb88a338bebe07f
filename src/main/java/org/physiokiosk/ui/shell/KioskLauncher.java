package org.physiokiosk.ui.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.physiokiosk.content.ContentLoader;
import org.physiokiosk.kiosk.AppFolders;
import org.physiokiosk.kiosk.DataFolderLock;
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
    /** A second start on a data folder another app holds ends with this, so a restart loop can tell it apart. */
    public static final int ALREADY_RUNNING_STATUS = 4;

    private static final String ALREADY_RUNNING = "alreadyRunning";
    // The data folder is this process's until it ends; the OS lets go of it then, however it ends (decision 0039).
    private static DataFolderLock folderLock;
    private static String folderNotLocked = "";

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
        boolean alreadyRunning = !takeDataFolder(options);
        if (alreadyRunning && options.kiosk()) {
            System.exit(ALREADY_RUNNING_STATUS); // the other kiosk fills the screen already: nothing to show
        }
        List<String> parameters = new ArrayList<>();
        parameters.add("--" + ALREADY_RUNNING + "=" + alreadyRunning);
        parameters.add("--kiosk=" + options.kiosk());
        parameters.add("--therapist=" + options.therapist());
        options.contentFolder().ifPresent(folder -> parameters.add("--content=" + folder.toAbsolutePath()));
        options.language().ifPresent(language -> parameters.add("--lang=" + language));
        options.home().ifPresent(home -> parameters.add("--home=" + home.toAbsolutePath()));
        Application.launch(KioskLauncher.class, parameters.toArray(String[]::new));
        if (alreadyRunning) {
            System.exit(ALREADY_RUNNING_STATUS);
        }
    }

    /**
     * Takes the data folder's lock; false when another app holds it, which is then said on stderr and in that
     * app's log. The lock is on the local data folder, not on a (perhaps shared) programs folder: a desk and a
     * kiosk on two PCs may share programs, never one data folder's settings, PIN tries and log.
     */
    private static boolean takeDataFolder(LaunchOptions options) {
        AppFolders folders = options.folders();
        DataFolderLock.Outcome outcome = DataFolderLock.tryTake(folders.home());
        if (outcome instanceof DataFolderLock.Taken taken) {
            folderLock = taken.lock();
            return true;
        }
        if (outcome instanceof DataFolderLock.HeldElsewhere held) {
            String refusal = DataFolderLock.refusal(folders.home(), held.pid());
            System.err.println(refusal);
            LogSetup.appendWarning(folders.logFolder(), KioskLauncher.class.getName(), refusal);
            return false;
        }
        folderNotLocked = ((DataFolderLock.NotLockable) outcome).reason(); // logged once the log is set up
        return true;
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
        if (Boolean.parseBoolean(getParameters().getNamed().get(ALREADY_RUNNING))) {
            sayAlreadyRunning(
                    App.settingsFor(SettingsFile.read(folders.settingsFile()).settings(), options));
            return;
        }
        LogSetup.toFolder(folders.logFolder());
        if (!folderNotLocked.isEmpty()) {
            LOG.warning(() -> "the data folder cannot be locked (" + folderNotLocked
                    + "); a second start on it would not be stopped");
        }
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
                    // The demo name is no suggestion: an empty field shows its caption, "Naam van de praktijk".
                    first.clinicName().equals(Settings.DEMO.clinicName()) ? "" : first.clinicName(),
                    setup,
                    tasks,
                    () -> startApp(stage, folders, SettingsFile.read(folders.settingsFile()), options));
            return;
        }
        startApp(stage, folders, read, options);
    }

    /** A windowed second start: a small dialog says the app is open already (the lines went to stderr and the log). */
    private static void sayAlreadyRunning(Settings settings) {
        Messages messages = new Messages(settings.language());
        Alert alert = new Alert(Alert.AlertType.INFORMATION, messages.get("app.alreadyRunning"), ButtonType.OK);
        alert.setTitle(messages.get("app.title"));
        alert.setHeaderText(null);
        alert.showAndWait();
        Platform.exit();
    }

    private void startApp(Stage stage, AppFolders folders, SettingsFile.Read read, LaunchOptions options) {
        // A window manager opens an unmaximized stage at a default 200x200 whatever the scene's size (openbox; seen
        // in finding F25); a therapist wants the whole work area anyway. The kiosk goes full screen instead.
        if (!options.kiosk()) {
            // The size a window manager gives back when it un-maximizes the window, which openbox does when a
            // modal dialog opens (seen at 1280x800): the work area, title bar included, not the scene's size plus
            // a title bar, which left the desk's last row of buttons below the screen.
            Rectangle2D workArea = Screen.getPrimary().getVisualBounds();
            stage.setX(workArea.getMinX());
            stage.setY(workArea.getMinY());
            stage.setWidth(workArea.getWidth());
            stage.setHeight(workArea.getHeight());
        }
        stage.setMaximized(!options.kiosk());
        app = new App(
                App.settingsFor(read.settings(), options),
                options.kiosk(),
                options.therapist(),
                folders,
                tasks,
                renders,
                settings -> new ContentLoader().loadBundledAnd(settings.contentFolder()),
                System::nanoTime);
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
