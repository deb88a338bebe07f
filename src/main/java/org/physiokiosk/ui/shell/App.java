package org.physiokiosk.ui.shell;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.physiokiosk.common.Language;
import org.physiokiosk.content.Catalog;
import org.physiokiosk.content.LoadResult;
import org.physiokiosk.kiosk.AppFolders;
import org.physiokiosk.kiosk.LaunchOptions;
import org.physiokiosk.kiosk.PinVault;
import org.physiokiosk.kiosk.Settings;
import org.physiokiosk.program.CodeAttempts;
import org.physiokiosk.program.CodeEntry;
import org.physiokiosk.ui.common.DialogPlacement;
import org.physiokiosk.ui.common.WrappingLabel;
import org.physiokiosk.ui.concurrent.TaskRunner;
import org.physiokiosk.ui.i18n.Messages;
import org.physiokiosk.ui.theme.Theme;
import org.physiokiosk.ui.therapist.PinCheck;

/**
 * The composition root: builds the object graph with {@code new} and constructor arguments, and owns the
 * window. Everything from outside (settings, command line, how content loads, where slow work runs, the
 * clock) comes in through the constructor, so tests start the real start path with the same-thread runner.
 */
public final class App {

    private static final Logger LOG = Logger.getLogger(App.class.getName());
    public static final String LOADING_ID = "app-loading";
    static final int LOGGED_PROBLEMS = 100;

    private final Settings settings;
    private final boolean kioskMode;
    private final boolean therapistMode;
    private final AppFolders folders;
    private final TaskRunner tasks;
    private final TaskRunner renders;
    private final Function<Settings, LoadResult> loadContent;
    private final LongSupplier clock;
    private final LongSupplier tapClock;
    private Navigator navigator;
    private PatientFlow flow;
    private IdleGuard idle;
    // Programs and codes, opened on first use off the FX thread; the keypad's brake outlives every visit.
    private ClinicPrograms programs;
    private final CodeAttempts codeAttempts = new CodeAttempts();
    private final Supplier<LocalDate> today = LocalDate::now;
    private KioskLockdown lockdown;
    private WindowGuard windowGuard;
    /** How long after the start screen is first shown the kiosk gives memory back (see {@link RestingMemory}). */
    private static final long FIRST_REST_DELAY_MILLIS = 2_000;

    private javafx.util.Subscription staffDoor;
    private javafx.util.Subscription faultHandler = javafx.util.Subscription.EMPTY;
    private javafx.util.Subscription tapGuard = javafx.util.Subscription.EMPTY;
    private javafx.util.Subscription dialogs = javafx.util.Subscription.EMPTY;

    /**
     * @param therapistMode start straight in the program builder (a therapist's desk PC), not the patient kiosk
     * @param folders       where the builder keeps programs
     * @param renders       where the builder renders its previews (a second worker, so a preview never waits
     *                      behind an export)
     */
    public App(
            Settings settings,
            boolean kioskMode,
            boolean therapistMode,
            AppFolders folders,
            TaskRunner tasks,
            TaskRunner renders,
            Function<Settings, LoadResult> loadContent,
            LongSupplier clock) {
        this(settings, kioskMode, therapistMode, folders, tasks, renders, loadContent, clock, clock);
    }

    /** @param tapClock the monotonic clock the tap guard reads (decision 0028); walks pass one that moves by itself */
    public App(
            Settings settings,
            boolean kioskMode,
            boolean therapistMode,
            AppFolders folders,
            TaskRunner tasks,
            TaskRunner renders,
            Function<Settings, LoadResult> loadContent,
            LongSupplier clock,
            LongSupplier tapClock) {
        this.settings = settings;
        this.kioskMode = kioskMode;
        this.therapistMode = therapistMode;
        this.folders = folders;
        this.tasks = tasks;
        this.renders = renders;
        this.loadContent = loadContent;
        this.clock = clock;
        this.tapClock = tapClock;
    }

    /** The settings file's values with the command line's on top (content folder, language). */
    public static Settings settingsFor(Settings fromFile, LaunchOptions options) {
        Optional<java.nio.file.Path> content = options.contentFolder().or(fromFile::contentFolder);
        String language = options.language().filter(Language::isSupported).orElse(fromFile.language());
        return new Settings(
                fromFile.clinicName(),
                fromFile.contactLine(),
                language,
                fromFile.idleTimeout(),
                content,
                fromFile.therapistPinHash(),
                fromFile.programStore(),
                fromFile.programStoreCredentials(),
                fromFile.programCodeGraceDays());
    }

    /** Opens the window on {@code stage}: a "one moment" screen first, the start screen once content is in. */
    public void start(Stage stage, Rectangle2D screenBounds) {
        Theme.loadFonts();
        Messages messages = new Messages(settings.language());
        WrappingLabel loading = new WrappingLabel(messages.get("common.loading"), Theme.MESSAGE);
        loading.setId(LOADING_ID);
        StackPane splash = new StackPane(loading);
        splash.getStyleClass().add(Theme.SCREEN);
        // The window fills the screen it is on, up to full HD; layouts reflow from 1280x800 to portrait 1080x1920.
        Scene scene = new Scene(new StackPane(), screenBounds.getWidth(), screenBounds.getHeight());
        Theme.apply(scene);
        navigator = new Navigator(scene);
        tapGuard = TapGuard.install(scene, tapClock); // a double tap acts once (decision 0028)
        dialogs = DialogPlacement.install(); // every owned dialog, from any screen, centred over this window
        ScreenFaults faults = new ScreenFaults(navigator, messages);
        faultHandler =
                faults.installOnCurrentThread(); // start() runs on the FX thread: its faults lead back to the start
        navigator.show(() -> () -> splash);
        programs = ClinicPrograms.of(settings, folders.home());

        tasks.run(
                () -> loadContent.apply(settings),
                result -> {
                    logProblems(result);
                    tasks.run(
                            programs::warmUp,
                            opened -> {},
                            failure -> LOG.log(Level.WARNING, "program store", failure));
                    if (therapistMode) {
                        openDesk(result, stage, messages, faults);
                    } else {
                        openKiosk(result.catalog(), scene, stage, messages, faults);
                    }
                },
                failure -> {
                    LOG.log(Level.SEVERE, "content could not be loaded", failure);
                    loading.setText(messages.get("common.loadFailed"));
                });

        stage.setTitle(messages.get("app.title") + " — " + settings.clinicName());
        stage.setScene(scene);
        stage.setX(screenBounds.getMinX());
        stage.setY(screenBounds.getMinY());
        if (kioskMode) {
            lockdown = KioskLockdown.lock(stage, scene, screenBounds);
        }
        stage.show();
        StartupMarks.windowShown();
        if (kioskMode) { // a window hidden or destroyed from outside comes back (issue #10, decision 0014)
            windowGuard = new WindowGuard(stage, WindowGuard.REAL, clock);
            if (!"Monocle".equals(System.getProperty("glass.platform"))) { // Monocle (tests) has no X server to ask
                windowGuard.watchNativeWindow(WindowGuard.x11(System.getenv()));
            }
        }
    }

    /** A therapist's desk PC: straight into the builder, behind the PIN. */
    private void openDesk(LoadResult result, Stage stage, Messages messages, ScreenFaults faults) {
        PinVault vault = new PinVault(folders.home(), settings.therapistPinHash());
        TherapistFlow desk = therapistFlow(result.catalog(), stage, messages, vault, Optional.empty());
        desk.tellStaff(ClinicContentNotice.of(result, settings.contentFolder(), messages));
        faults.home(desk::show);
        desk.show();
    }

    /** The patients' kiosk: the start screen, the idle guard, and in kiosk mode the staff's door out. */
    private void openKiosk(Catalog catalog, Scene scene, Stage stage, Messages messages, ScreenFaults faults) {
        flow = new PatientFlow(
                catalog,
                settings.clinicName(),
                messages,
                navigator,
                Optional.of(new ProgramDoor(new CodeEntry(programs, codeAttempts), tasks, clock, today)),
                clock);
        faults.home(flow::resetVisit);
        idle = new IdleGuard(scene, idleTimeout(), clock, navigator, messages, flow::showsTheClinicsDefaults, () -> {
            flow.resetVisit();
            RestingMemory.giveBackSoon(); // nobody at the screen: a good moment (see the class)
        });
        flow.showStart();
        StartupMarks.homeShown(scene);
        // The start screen before the first patient is a rest like the one after every visit: give back what
        // reading the content grew the heap into (docs/benchmarks.md, "Memory, third pass"), once the start
        // screen's first pictures are out
        RestingMemory.giveBackAfter(FIRST_REST_DELAY_MILLIS);
        if (kioskMode) { // the staff's way out of the locked window: a long press on the clinic's name, then the PIN
            staffDoor = staffDoor(catalog, stage, messages).install(scene, clock);
        }
    }

    /** The kiosk's staff menu: the builder (back to the patients when done), PIN change, and quit. */
    private StaffDoor staffDoor(Catalog catalog, Stage stage, Messages messages) {
        Clock wall = Clock.systemUTC();
        PinVault vault = new PinVault(folders.home(), settings.therapistPinHash());
        TherapistFlow therapist = therapistFlow(catalog, stage, messages, vault, Optional.of(flow::resetVisit));
        return new StaffDoor(
                navigator,
                messages,
                vault,
                tasks,
                wall,
                new StaffDoor.Exits(
                        therapist::showBuilder,
                        () -> {
                            if (windowGuard != null) {
                                windowGuard.authoriseQuit();
                            }
                            lockdown.release();
                            Platform.exit();
                        },
                        flow::resetVisit));
    }

    /** @param backToPatients where "done" leads from the builder on a kiosk; empty on a desk PC */
    private TherapistFlow therapistFlow(
            Catalog catalog, Stage stage, Messages messages, PinVault vault, Optional<Runnable> backToPatients) {
        return new TherapistFlow(
                TherapistFlow.services(catalog, settings, programs, programs, stage, messages, tasks, renders),
                messages,
                navigator,
                PinCheck.of(vault, Clock.systemUTC()),
                settings.language(),
                backToPatients);
    }

    private Duration idleTimeout() {
        Duration timeout = settings.idleTimeout();
        return timeout == null || timeout.isZero() || timeout.isNegative() ? Settings.DEFAULT_IDLE_TIMEOUT : timeout;
    }

    /** For tests: the flow once content has loaded, and the idle guard to push time into. */
    Optional<PatientFlow> flow() {
        return Optional.ofNullable(flow);
    }

    Optional<IdleGuard> idleGuard() {
        return Optional.ofNullable(idle);
    }

    Navigator navigator() {
        return navigator;
    }

    public boolean kioskMode() {
        return kioskMode;
    }

    public void stop() {
        if (windowGuard != null) {
            windowGuard.stop();
        }
        if (staffDoor != null) {
            staffDoor.unsubscribe();
        }
        if (lockdown != null) {
            lockdown.release();
        }
        if (idle != null) {
            idle.stop();
        }
        if (flow != null) {
            flow.dispose();
        }
        if (programs != null) {
            programs.close();
        }
        faultHandler.unsubscribe();
        faultHandler = javafx.util.Subscription.EMPTY;
        tapGuard.unsubscribe();
        dialogs.unsubscribe();
    }

    private static void logProblems(LoadResult result) {
        // A clinic folder of thousands of broken files must not fill the log: the validator gives the full list.
        result.problems().stream()
                .limit(LOGGED_PROBLEMS)
                .forEach(problem -> LOG.log(problem.isError() ? Level.WARNING : Level.INFO, problem.format()));
        if (result.problems().size() > LOGGED_PROBLEMS) {
            LOG.warning(() -> "… and " + (result.problems().size() - LOGGED_PROBLEMS)
                    + " more content problems; the validator lists them all");
        }
        LOG.info(() -> "content loaded: " + result.catalog().exercises().size() + " exercises, "
                + result.catalog().conditions().size() + " conditions, " + result.errorCount() + " errors");
    }
}
