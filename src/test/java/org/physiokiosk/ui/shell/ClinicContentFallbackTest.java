package org.physiokiosk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Handler;
import java.util.logging.Logger;
import java.util.stream.Stream;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.physiokiosk.content.ContentLoader;
import org.physiokiosk.kiosk.AppFolders;
import org.physiokiosk.kiosk.LogSetup;
import org.physiokiosk.kiosk.Settings;
import org.physiokiosk.testing.Finger;
import org.physiokiosk.testing.TapClock;
import org.physiokiosk.testing.TempFolders;
import org.physiokiosk.ui.builder.BuilderScreen;
import org.physiokiosk.ui.concurrent.TaskRunner;
import org.physiokiosk.ui.start.StartScreen;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A clinic content folder that is missing or broken: the bundled content runs, staff are told in therapist
 * mode, patients see nothing of it, and thousands of problems make a small log.
 */
@ExtendWith(ApplicationExtension.class)
class ClinicContentFallbackTest {

    private static final String NOTICE = "De eigen map van de praktijk kon niet worden gelezen";
    private static final Logger ROOT = Logger.getLogger("");
    private final List<Handler> handlersBefore = Arrays.asList(ROOT.getHandlers());
    private final Thread.UncaughtExceptionHandler uncaughtBefore = Thread.getDefaultUncaughtExceptionHandler();
    private App app;
    private Stage stage;
    private final List<Path> folders = new ArrayList<>();

    @AfterEach
    void restore() {
        for (Handler handler : ROOT.getHandlers()) {
            if (!handlersBefore.contains(handler)) {
                ROOT.removeHandler(handler);
                handler.close();
            }
        }
        Thread.setDefaultUncaughtExceptionHandler(uncaughtBefore);
        if (app != null) {
            WaitForAsyncUtils.asyncFx(() -> {
                app.stop();
                stage.close();
            });
            WaitForAsyncUtils.waitForFxEvents();
        }
        folders.forEach(TempFolders::remove);
    }

    private void start(FxRobot robot, Path home, Optional<Path> clinic, boolean therapist) {
        Settings settings = new Settings("Fysio Test", "", "nl", Duration.ofSeconds(60), clinic, Optional.empty());
        AtomicLong clock = new AtomicLong();
        app = new App(
                settings,
                false,
                therapist,
                new AppFolders(home),
                TaskRunner.sameThread(),
                TaskRunner.sameThread(),
                s -> new ContentLoader().loadBundledAnd(s.contentFolder()),
                clock::get,
                new TapClock());
        robot.interact(() -> {
            stage = new Stage();
            app.start(stage, new Rectangle2D(0, 0, 1920, 1080));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static List<String> texts(FxRobot robot) {
        return robot.lookup(".labeled").queryAllAs(Labeled.class).stream()
                .map(Labeled::getText)
                .toList();
    }

    private Path folder(String prefix) {
        Path folder = TempFolders.create(prefix);
        folders.add(folder);
        return folder;
    }

    @Test
    void staffAreToldInTherapistMode(FxRobot robot) throws Exception {
        Path home = folder("clinic-fallback");
        start(robot, home, Optional.of(home.resolve("no-such-folder")), true);
        assertThat(app.navigator().currentProperty().get()).isInstanceOf(BuilderScreen.class);
        String status = robot.lookup("#builder-status").queryAs(Labeled.class).getText();
        assertThat(status).contains(NOTICE, "no-such-folder", "Alleen de standaardinhoud is geladen.");
        assertThat(robot.lookup("#builder-library").tryQuery())
                .as("the bundled exercises are there")
                .isPresent();
    }

    @Test
    void patientsSeeNothingOfIt(FxRobot robot) throws Exception {
        Path home = folder("clinic-fallback");
        start(robot, home, Optional.of(home.resolve("no-such-folder")), false);
        assertThat(app.navigator().currentProperty().get()).isInstanceOf(StartScreen.class);
        assertThat(texts(robot)).noneMatch(text -> text.contains("eigen map") || text.contains("no-such-folder"));
        Finger.tap(robot, "#" + StartScreen.TAP_ID);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".pk-tile").queryAll())
                .as("the bundled complaints")
                .isNotEmpty();
        assertThat(texts(robot)).noneMatch(text -> text.contains("eigen map") || text.contains("no-such-folder"));
    }

    @Test
    void thousandsOfProblemsMakeASmallLog(FxRobot robot) throws Exception {
        Path home = folder("clinic-flood");
        Path clinic = home.resolve("clinic");
        Files.createDirectories(clinic.resolve("exercises"));
        for (int i = 0; i < 3000; i++) {
            Files.writeString(clinic.resolve("exercises").resolve("broken-" + i + ".json"), "{ \"id\": ");
        }
        Files.writeString(clinic.resolve("exercises").resolve("all-wrong.json"), "[" + "1,".repeat(5000) + "1]");
        Path logs = home.resolve("logs");
        LogSetup.toFolder(logs);
        start(robot, home, Optional.of(clinic), false);
        assertThat(app.navigator().currentProperty().get())
                .as("the bundled content runs")
                .isInstanceOf(StartScreen.class);
        for (Handler handler : ROOT.getHandlers()) {
            handler.flush();
        }
        long bytes;
        long lines;
        try (Stream<Path> files = Files.list(logs)) {
            List<Path> logFiles = files.filter(
                            file -> file.getFileName().toString().endsWith(".log"))
                    .toList();
            bytes = logFiles.stream().mapToLong(file -> file.toFile().length()).sum();
            lines = 0;
            for (Path file : logFiles) {
                lines += Files.readAllLines(file).size();
            }
        }
        assertThat(lines).as("log lines").isLessThan(App.LOGGED_PROBLEMS * 3L);
        assertThat(bytes).as("log bytes").isLessThan(64 * 1024);
        assertThat(Files.readString(logs.resolve("physiokiosk-0.log"))).contains("more content problems");
    }
}
