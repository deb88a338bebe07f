package org.physiokiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import java.util.stream.Stream;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.physiokiosk.kiosk.LogSetup;
import org.physiokiosk.testing.Finger;
import org.physiokiosk.testing.TempFolders;
import org.physiokiosk.testing.TherapistDesk;
import org.physiokiosk.ui.builder.BuilderScreen;
import org.physiokiosk.ui.concurrent.BackgroundTaskRunner;
import org.physiokiosk.ui.shell.Navigator;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A therapist writes a program for a known patient name, saves, exports, copies the name, and leaves: the
 * name is then nowhere — not in any log record (every level), the log files, a file name, the PDF's
 * metadata, the clipboard, or the window.
 */
@ExtendWith(ApplicationExtension.class)
class PrivacyWalkTest {

    private static final String NAME = "Zwaantje Privétest";
    private static final List<String> PARTS = List.of("Zwaantje", "Privétest", "Privetest");
    private static final Logger ROOT = Logger.getLogger("");

    private final List<LogRecord> records = new CopyOnWriteArrayList<>();
    private final Handler everything = new Handler() {
        @Override
        public void publish(LogRecord record) {
            records.add(record);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };
    private final BackgroundTaskRunner tasks = new BackgroundTaskRunner("privacy-tasks");
    private final BackgroundTaskRunner renders = new BackgroundTaskRunner("privacy-renders");
    private final List<String> suggestedNames = new ArrayList<>();
    private Navigator navigator;
    private Path home;
    private Level rootLevel;
    private List<Handler> handlersBefore;
    private Thread.UncaughtExceptionHandler uncaughtBefore;
    private boolean left;

    @Start
    void start(Stage stage) throws IOException {
        home = TempFolders.create("privacy-walk");
        rootLevel = ROOT.getLevel();
        handlersBefore = Arrays.asList(ROOT.getHandlers());
        uncaughtBefore = Thread.getDefaultUncaughtExceptionHandler();
        LogSetup.toFolder(home.resolve("logs"));
        ROOT.setLevel(Level.ALL);
        everything.setLevel(Level.ALL);
        ROOT.addHandler(everything);

        navigator = TherapistDesk.in(home)
                .workers(tasks, renders)
                .exportTo(name -> {
                    suggestedNames.add(name);
                    return Optional.of(home.resolve("exports").resolve(name));
                })
                .open(stage, 1920, 1080, Optional.of("2468"::equals), Optional.of(() -> {
                    left = true;
                    navigator.show(() -> () -> new VBox(new Label("start")));
                }));
    }

    @AfterEach
    void restore() {
        ROOT.removeHandler(everything);
        ROOT.setLevel(rootLevel);
        for (Handler handler : ROOT.getHandlers()) {
            if (!handlersBefore.contains(handler)) {
                ROOT.removeHandler(handler);
                handler.close();
            }
        }
        Thread.setDefaultUncaughtExceptionHandler(uncaughtBefore);
        tasks.close();
        renders.close();
        TempFolders.remove(home);
    }

    @Test
    void thePatientsNameLeavesNoTrace(FxRobot robot) throws Exception {
        Files.createDirectories(home.resolve("exports"));
        for (char digit : "2468".toCharArray()) {
            Finger.tap(robot, "#" + org.physiokiosk.ui.therapist.PinScreen.KEY_ID_PREFIX + digit);
        }
        Finger.tap(robot, "#" + org.physiokiosk.ui.therapist.PinScreen.OK_ID);
        waitUntil(() -> navigator.currentProperty().get() instanceof BuilderScreen);
        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            ListView<Object> library = robot.lookup("#builder-library").queryAs(ListView.class);
            for (int i = 0; i < 3; i++) {
                library.getSelectionModel().select(i);
                robot.lookup("#builder-add").queryButton().fire();
            }
            robot.lookup("#builder-title").queryAs(TextField.class).setText("Rug en nek");
            robot.lookup("#builder-patient").queryAs(TextField.class).setText(NAME);
            ClipboardContent copied = new ClipboardContent(); // as if the therapist copied the name
            copied.putString(NAME);
            Clipboard.getSystemClipboard().setContent(copied);
        });
        BuilderScreen builder = (BuilderScreen) navigator.currentProperty().get();
        assertThat(builder.program().patient()).contains(NAME);
        waitUntil(() -> builder.previewIsIdle()
                && text(robot, "#builder-preview-status").contains("pagina"));

        robot.interact(() -> robot.lookup("#builder-save").queryButton().fire());
        waitUntil(() -> text(robot, "#builder-status").contains("opgeslagen"));
        robot.interact(() -> robot.lookup("#builder-export").queryButton().fire());
        waitUntil(() -> text(robot, "#builder-status").contains("PDF bewaard"));
        robot.interact(() -> robot.lookup("#builder-leave").queryButton().fire());
        waitUntil(() -> left);

        // Memory and screens: the builder forgot the program, its preview is empty, the window shows no name.
        assertThat(builder.program().patient()).isEmpty();
        assertThat(builder.view().lookupAll(".image-view")).isEmpty();
        assertThat(robot.lookup(".labeled").queryAllAs(Labeled.class))
                .extracting(Labeled::getText)
                .noneMatch(this::namesThePatient);
        robot.interact(() -> assertThat(Clipboard.getSystemClipboard().hasString())
                .as("clipboard")
                .isFalse());

        // Logs: every record at every level, and the log files.
        assertThat(records).as("the walk logged something at all").isNotEmpty();
        SimpleFormatter formatter = new SimpleFormatter();
        for (LogRecord record : records) {
            assertThat(namesThePatient(formatter.format(record)))
                    .as("log record %s %s %s", record.getLevel(), record.getLoggerName(), record.getMessage())
                    .isFalse();
        }
        for (Handler handler : ROOT.getHandlers()) {
            handler.flush();
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(home)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        assertThat(files)
                .as("logs, saved program and export were written")
                .anyMatch(file -> file.toString().contains("logs"))
                .anyMatch(file -> file.toString().contains("programs"))
                .anyMatch(file -> file.toString().endsWith(".pdf"));
        for (Path file : files) {
            assertThat(namesThePatient(home.relativize(file).toString()))
                    .as("file name %s", file)
                    .isFalse();
            if (file.getParent().endsWith("logs")) {
                assertThat(namesThePatient(Files.readString(file, StandardCharsets.UTF_8)))
                        .as("log file %s", file)
                        .isFalse();
            }
        }
        assertThat(suggestedNames).hasSize(1).noneMatch(this::namesThePatient);

        // The handout: the name may be printed on the page for the patient, but not in the file's metadata.
        Path pdf = files.stream()
                .filter(file -> file.toString().endsWith(".pdf"))
                .findFirst()
                .orElseThrow();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDDocumentInformation info = document.getDocumentInformation();
            for (String key : info.getMetadataKeys()) {
                assertThat(namesThePatient(String.valueOf(info.getCustomMetadataValue(key))))
                        .as("Info %s", key)
                        .isFalse();
            }
            var xmp = document.getDocumentCatalog().getMetadata();
            assertThat(xmp).as("XMP metadata").isNotNull();
            assertThat(namesThePatient(new String(xmp.toByteArray(), StandardCharsets.UTF_8)))
                    .as("XMP")
                    .isFalse();
        }
    }

    private boolean namesThePatient(String text) {
        return text != null && PARTS.stream().anyMatch(text::contains);
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
