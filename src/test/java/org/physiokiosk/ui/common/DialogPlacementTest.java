package org.physiokiosk.ui.builder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.physiokiosk.testing.BuilderWindow;
import org.physiokiosk.testing.TempFolders;
import org.physiokiosk.testing.TherapistDesk;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every window the desk opens over itself is centred on the desk's window (not on the screen, not at its corner),
 * and stays on the screen when the desk's window is near an edge.
 */
@ExtendWith(ApplicationExtension.class)
class DialogPlacementTest {

    private final Path folder = TempFolders.create("dialog-placement");
    private final List<Window> opened = new ArrayList<>();
    private BuilderWindow window;

    @AfterEach
    void closeAndRemove() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> opened.forEach(Window::hide)).get();
        if (window != null) {
            window.close();
        }
        TempFolders.remove(folder);
    }

    private void placeDesk(double x, double y, double width, double height) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
                    Stage desk = window.stage();
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
                    Stage owner = window.stage();
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
        window = TherapistDesk.in(folder).showBuilder(1000, 700, shown -> {});
        placeDesk(0, 0, 1000, 700); // the desk in the screen's top-left quarter: the screen's middle is elsewhere
        for (boolean alert : List.of(true, false)) {
            Window dialog = show(alert);
            Stage desk = window.stage();
            assertThat(middleX(dialog)).as("alert " + alert).isCloseTo(middleX(desk), within(1.0));
            assertThat(middleY(dialog)).as("alert " + alert).isCloseTo(middleY(desk), within(1.0));
        }
    }

    @Test
    void aDeskHalfOffTheScreenStillGetsItsDialogWhollyOnTheScreen() throws Exception {
        window = TherapistDesk.in(folder).showBuilder(1000, 700, shown -> {});
        placeDesk(-700, 600, 1000, 700);
        Window dialog = show(true);
        assertThat(dialog.getX()).isGreaterThanOrEqualTo(0);
        assertThat(dialog.getY() + dialog.getHeight()).isLessThanOrEqualTo(1080);
    }
}
