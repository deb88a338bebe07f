package org.physiokiosk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.physiokiosk.content.LoadResult;
import org.physiokiosk.kiosk.AppFolders;
import org.physiokiosk.kiosk.Settings;
import org.physiokiosk.testing.DeskWalk;
import org.physiokiosk.testing.Finger;
import org.physiokiosk.testing.TherapistDesk;
import org.physiokiosk.ui.builder.BuilderScreen;
import org.physiokiosk.ui.common.LongPress;
import org.physiokiosk.ui.concurrent.TaskRunner;
import org.physiokiosk.ui.theme.Theme;
import org.physiokiosk.ui.therapist.PinChangeScreen;
import org.physiokiosk.ui.therapist.StaffMenu;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The app places every dialog over its window from the moment it makes the window, whichever screen stands in
 * it: the saved list's "delete?" on a desk PC whose window is in the screen's corner, and a window opened over the
 * kiosk's PIN change, where no builder was ever shown (the placement was the builder's before, so there it was
 * JavaFX's own: the middle of the screen, a third of the way down).
 */
@ExtendWith(ApplicationExtension.class)
class DeskDialogsTest {

    @TempDir
    Path home;

    private App app;
    private Stage stage;

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
                    Window.getWindows().stream()
                            .filter(window ->
                                    window != stage && window instanceof Stage owned && owned.getOwner() != null)
                            .toList()
                            .forEach(Window::hide);
                    app.stop();
                    stage.setFullScreen(false);
                    stage.close();
                })
                .get();
    }

    @Test
    void theSavedListsDeleteQuestionOpensCentredOverTheDesk() throws Exception {
        Settings settings =
                new Settings("Fysio Test", "", "nl", Duration.ofSeconds(60), Optional.empty(), Optional.empty());
        app = new App(
                settings,
                false,
                true, // a desk PC without a PIN: straight to the builder
                new AppFolders(home),
                TaskRunner.sameThread(),
                TaskRunner.sameThread(),
                s -> new LoadResult(TherapistDesk.catalog(), List.of()),
                () -> 0L);
        stage = WaitForAsyncUtils.asyncFx(() -> {
                    Stage desk = new Stage();
                    app.start(desk, new Rectangle2D(0, 0, 1000, 700)); // the screen's middle is elsewhere
                    BuilderScreen builder =
                            (BuilderScreen) app.navigator().currentProperty().get();
                    builder.open(TherapistDesk.programOf(1, "nl"));
                    Scene scene = desk.getScene();
                    ((Button) scene.lookup("#builder-save")).fire();
                    ((TabPane) scene.lookup(".tab-pane")).getSelectionModel().select(1);
                    ((ListView<?>) scene.lookup("#builder-saved"))
                            .getSelectionModel()
                            .select(0);
                    return desk;
                })
                .get();
        Platform.runLater(() -> ((Button) stage.getScene().lookup("#builder-saved-delete")).fire());

        Window question = dialogOver(stage);
        assertCentredOver(question, stage);
    }

    @Test
    void aWindowOpenedOverTheKiosksPinChangeOpensCentredOverTheKiosk(FxRobot robot) throws Exception {
        AtomicLong clock = new AtomicLong(1_000_000_000_000L);
        stage = WaitForAsyncUtils.asyncFx(() -> new Stage()).get();
        WaitForAsyncUtils.asyncFx(() -> {
                    try {
                        app = KioskLockdownTest.startLockedKiosk(stage, home, clock);
                    } catch (java.io.IOException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .get();
        WaitForAsyncUtils.waitForFxEvents();
        robot.moveTo(Finger.centre(robot, "." + Theme.START_CLINIC)).press(MouseButton.PRIMARY);
        clock.addAndGet(LongPress.HOLD_NANOS);
        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        DeskWalk.typePin(robot, "2468");
        Finger.tap(robot, "#" + StaffMenu.CHANGE_PIN_ID);
        assertThat(app.navigator().currentProperty().get()).isInstanceOf(PinChangeScreen.class);

        Platform.runLater(() -> {
            Stage other = new Stage();
            other.initOwner(stage);
            other.setScene(new Scene(new Label("Een ander venster"), 400, 200));
            other.show();
        });
        assertCentredOver(dialogOver(stage), stage);
    }

    /** Waits for a window that {@code owner} owns to show, and for the placement's second look at it. */
    private static Window dialogOver(Stage owner) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> ownedBy(owner).isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        return ownedBy(owner).orElseThrow();
    }

    private static Optional<Window> ownedBy(Stage owner) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> Window.getWindows().stream()
                        .filter(window ->
                                window.isShowing() && window instanceof Stage owned && owned.getOwner() == owner)
                        .findFirst())
                .get();
    }

    private static void assertCentredOver(Window dialog, Window owner) {
        assertThat(dialog.getX() + dialog.getWidth() / 2)
                .as("across")
                .isCloseTo(owner.getX() + owner.getWidth() / 2, within(1.0));
        assertThat(dialog.getY() + dialog.getHeight() / 2)
                .as("down")
                .isCloseTo(owner.getY() + owner.getHeight() / 2, within(1.0));
    }
}
