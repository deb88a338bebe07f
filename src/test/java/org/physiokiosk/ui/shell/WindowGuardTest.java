package org.physiokiosk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.physiokiosk.kiosk.WindowWatch;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The kiosk window guard on a real (Monocle) stage: what it does when the window goes without the staff's quit. */
@ExtendWith(ApplicationExtension.class)
class WindowGuardTest {

    private static final long SECOND = 1_000_000_000L;

    private final AtomicLong clock = new AtomicLong(1_000 * SECOND);
    private final List<String> actions = new CopyOnWriteArrayList<>();
    private Stage stage;
    private WindowGuard guard;

    /** Re-shows for real (so the test sees the stage back) and records each action; never exits the JVM. */
    private final WindowGuard.Recovery recording = new WindowGuard.Recovery() {
        @Override
        public void reshow(Stage stage) {
            actions.add("reshow");
            WindowGuard.REAL.reshow(stage);
        }

        @Override
        public void exit(int status) {
            actions.add("exit " + status);
        }
    };

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
        guard = new WindowGuard(stage, recording, clock::get);
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> guard.stop()).get();
    }

    private void hideFromOutside() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> stage.hide()).get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aStageHiddenWithoutThePinIsShownAgain() throws Exception {
        hideFromOutside();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, stage::isShowing);
        assertThat(actions).containsExactly("reshow");
        assertThat(stage.getScene().getRoot()).isInstanceOf(StackPane.class);
    }

    @Test
    void afterTheAuthorisedQuitAHiddenStageStaysHidden() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> guard.authoriseQuit()).get();
        hideFromOutside();
        WaitForAsyncUtils.asyncFx(() -> guard.check(WindowWatch.Native.GONE)).get();
        WaitForAsyncUtils.asyncFx(() -> guard.check(WindowWatch.Native.GONE)).get();
        assertThat(stage.isShowing()).isFalse();
        assertThat(actions).isEmpty();
    }

    @Test
    void aNativeWindowDestroyedFromOutsideIsShownAgain() throws Exception {
        // What the X server reports when another client destroyed the window: JavaFX still says "showing".
        WaitForAsyncUtils.asyncFx(() -> guard.check(WindowWatch.Native.MAPPED)).get();
        WaitForAsyncUtils.asyncFx(() -> guard.check(WindowWatch.Native.GONE)).get();
        assertThat(actions).isEmpty();
        clock.addAndGet(2 * SECOND);
        WaitForAsyncUtils.asyncFx(() -> guard.check(WindowWatch.Native.GONE)).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(actions).containsExactly("reshow");
        assertThat(stage.isShowing()).isTrue();
    }

    @Test
    void whenShowingAgainDoesNotHoldTheKioskExitsForTheSessionToRestartIt() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> guard.check(WindowWatch.Native.MAPPED)).get();
        for (int i = 0; i <= WindowWatch.MAX_RESHOWS; i++) {
            clock.addAndGet(SECOND);
            WaitForAsyncUtils.asyncFx(() -> guard.check(WindowWatch.Native.GONE))
                    .get();
            WaitForAsyncUtils.asyncFx(() -> guard.check(WindowWatch.Native.GONE))
                    .get();
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(actions).containsExactly("reshow", "reshow", "reshow", "exit " + WindowGuard.EXIT_STATUS);
    }

    @Test
    void aStoppedGuardLeavesTheWindowAloneEvenForAReadingQueuedBefore() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
                    guard.stop();
                    stage.hide();
                    guard.check(WindowWatch.Native.GONE);
                    guard.check(WindowWatch.Native.GONE);
                })
                .get();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.isShowing()).isFalse();
        assertThat(actions).isEmpty();
    }
}
