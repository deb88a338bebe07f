package org.physiokiosk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javafx.animation.AnimationTimer;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.physiokiosk.content.Catalog;
import org.physiokiosk.content.ContentFixtures;
import org.physiokiosk.content.ContentLoader;
import org.physiokiosk.testing.Finger;
import org.physiokiosk.ui.common.Screen;
import org.physiokiosk.ui.home.HomeScreen;
import org.physiokiosk.ui.start.StartScreen;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A screen that throws (made, tapped, or every frame) brings the kiosk back to the start, calmly, logged once. */
@ExtendWith(ApplicationExtension.class)
class ScreenFaultsWalkTest {

    private static final Logger FAULTS_LOG = Logger.getLogger(ScreenFaults.class.getName());
    private final List<LogRecord> records = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            records.add(record);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };
    private KioskHarness kiosk;
    private Thread.UncaughtExceptionHandler before;

    @Start
    void start(Stage stage) {
        before = Thread.currentThread().getUncaughtExceptionHandler();
        Catalog catalog =
                new ContentLoader().load(List.of(ContentFixtures.base())).catalog();
        kiosk = new KioskHarness(catalog, "nl");
        kiosk.start(stage, 1920, 1080);
        FAULTS_LOG.addHandler(capture);
    }

    @AfterEach
    void restore() {
        FAULTS_LOG.removeHandler(capture);
        WaitForAsyncUtils.asyncFx(() -> Thread.currentThread().setUncaughtExceptionHandler(before));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void onHome(FxRobot robot) {
        Finger.tap(robot, "#" + StartScreen.TAP_ID);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(kiosk.screen()).isInstanceOf(HomeScreen.class);
    }

    private void assertBackAtTheStartCalmly(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(kiosk.screen()).isInstanceOf(StartScreen.class);
        assertThat(robot.lookup("#" + ScreenFaults.NOTICE_ID).tryQuery()).isPresent();
        assertThat(robot.lookup(".label").queryAllAs(Labeled.class))
                .extracting(Labeled::getText)
                .contains("Er ging iets mis. We beginnen opnieuw.");
        assertThat(records).as("logged once").hasSize(1);
        assertThat(records.get(0).getLevel()).isEqualTo(Level.SEVERE);
        Finger.tap(robot, "#" + ScreenFaults.NOTICE_OK_ID);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#" + ScreenFaults.NOTICE_ID).tryQuery())
                .as("the notice goes with a tap")
                .isEmpty();
        Finger.tap(robot, "#" + StartScreen.TAP_ID);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(kiosk.screen()).as("the kiosk goes on working").isInstanceOf(HomeScreen.class);
    }

    @Test
    void aScreenThatCannotBeMade(FxRobot robot) {
        onHome(robot);
        WaitForAsyncUtils.asyncFx(() -> kiosk.app.navigator().show(() -> {
            throw new IllegalStateException("broken screen");
        }));
        assertBackAtTheStartCalmly(robot);
    }

    @Test
    void aButtonThatThrows(FxRobot robot) {
        onHome(robot);
        Button button = new Button("kapot");
        button.setId("broken-button");
        button.setOnAction(event -> {
            throw new IllegalStateException("broken handler");
        });
        WaitForAsyncUtils.asyncFx(() -> kiosk.app.navigator().show(() -> () -> new StackPane(button)));
        WaitForAsyncUtils.waitForFxEvents();
        Finger.tap(robot, "#broken-button");
        assertBackAtTheStartCalmly(robot);
    }

    @Test
    void aTimerThatThrowsEveryFrameIsStoppedAndLoggedOnce(FxRobot robot) throws Exception {
        onHome(robot);
        int[] frames = {0};
        AnimationTimer timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                frames[0]++;
                throw new IllegalStateException("broken frame");
            }
        };
        WaitForAsyncUtils.asyncFx(() -> kiosk.app.navigator().show(() -> new Screen() {
            private final StackPane root = new StackPane();

            @Override
            public Parent view() {
                timer.start();
                return root;
            }

            @Override
            public void dispose() {
                timer.stop();
            }
        }));
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(300); // some real frames: a broken timer must not log each of them
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(frames[0])
                .as("the timer ran and was stopped after its first fault")
                .isEqualTo(1);
        assertBackAtTheStartCalmly(robot);
    }
}
