package org.physiokiosk.ui.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Subscription;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every window opened over the app's window is centred on it (not on the screen, not at its corner), and stays on
 * the screen when the app's window is near an edge. Which screen stands in the window does not matter (the shell
 * installs the placement with the window; ui.shell.DeskDialogsTest shows it over the desk's screens).
 */
@ExtendWith(ApplicationExtension.class)
class DialogPlacementTest {

    private final List<Window> opened = new ArrayList<>();
    private Subscription placement;
    private Stage desk;

    @BeforeEach
    void openTheDesk() throws Exception {
        desk = WaitForAsyncUtils.asyncFx(() -> {
                    placement = DialogPlacement.install();
                    Stage stage = new Stage();
                    stage.setScene(new Scene(new Label("Het bureau"), 1000, 700));
                    stage.show();
                    return stage;
                })
                .get();
    }

    @AfterEach
    void closeAll() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
                    opened.forEach(Window::hide);
                    desk.close();
                    placement.unsubscribe();
                })
                .get();
    }

    private void placeDesk(double x, double y, double width, double height) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
                    desk.setX(x);
                    desk.setY(y);
                    desk.setWidth(width);
                    desk.setHeight(height);
                })
                .get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Window show(boolean alert) throws Exception {
        Window shown = WaitForAsyncUtils.asyncFx(() -> {
                    Stage owner = desk;
                    if (alert) {
                        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, "Toch doorgaan?", ButtonType.OK);
                        confirm.initOwner(owner);
                        confirm.show();
                        return confirm.getDialogPane().getScene().getWindow();
                    }
                    Stage other = new Stage();
                    other.initOwner(owner);
                    other.setScene(new Scene(new Label("Een ander venster"), 400, 200));
                    other.show();
                    return other;
                })
                .get();
        opened.add(shown);
        WaitForAsyncUtils.waitForFxEvents();
        return shown;
    }

    private static double middleX(Window w) {
        return w.getX() + w.getWidth() / 2;
    }

    private static double middleY(Window w) {
        return w.getY() + w.getHeight() / 2;
    }

    @Test
    void aConfirmAndAnyOtherOwnedWindowOpenCentredOnTheDeskNotOnTheScreen() throws Exception {
        placeDesk(0, 0, 1000, 700); // the desk in the screen's top-left quarter: the screen's middle is elsewhere
        for (boolean alert : List.of(true, false)) {
            Window dialog = show(alert);
            assertThat(middleX(dialog)).as("alert " + alert).isCloseTo(middleX(desk), within(1.0));
            assertThat(middleY(dialog)).as("alert " + alert).isCloseTo(middleY(desk), within(1.0));
        }
    }

    @Test
    void aDialogThatGrowsAfterItIsShownIsCentredAgain() throws Exception {
        placeDesk(0, 0, 1000, 700);
        Window dialog = show(false);
        // Under openbox a confirm is shown 200 px wide and grows once its text is laid out.
        WaitForAsyncUtils.asyncFx(() -> {
                    dialog.setWidth(dialog.getWidth() + 300);
                    dialog.setHeight(dialog.getHeight() + 100);
                })
                .get();
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(middleX(dialog)).isCloseTo(middleX(desk), within(1.0));
        assertThat(middleY(dialog)).isCloseTo(middleY(desk), within(1.0));
    }

    @Test
    void aDeskHalfOffTheScreenStillGetsItsDialogWhollyOnTheScreen() throws Exception {
        placeDesk(-700, 600, 1000, 700);
        Window dialog = show(true);
        assertThat(dialog.getX()).isGreaterThanOrEqualTo(0);
        assertThat(dialog.getY() + dialog.getHeight()).isLessThanOrEqualTo(1080);
    }
}
