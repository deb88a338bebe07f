package org.physiokiosk.ui.builder;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;

/**
 * Tells the therapist what happened ("saved", "export failed"): a line in the toolbar that stays, and a
 * ControlsFX notification that comes and goes. An error's notification stays until closed.
 */
final class Notices {

    static final String STATUS_ID = "builder-status";

    private final Label status = new Label();

    Notices() {
        status.setId(STATUS_ID);
        status.getStyleClass().add(BuilderStyle.STATUS);
        status.setWrapText(true);
    }

    Label view() {
        return status;
    }

    void info(String text) {
        status.getStyleClass().remove(BuilderStyle.STATUS_ERROR);
        status.setText(text);
        popup(text, false);
    }

    void error(String text) {
        if (!status.getStyleClass().contains(BuilderStyle.STATUS_ERROR)) {
            status.getStyleClass().add(BuilderStyle.STATUS_ERROR);
        }
        status.setText(text);
        popup(text, true);
    }

    /** A quiet line (e.g. "saving…") without a popup. */
    void progress(String text) {
        status.getStyleClass().remove(BuilderStyle.STATUS_ERROR);
        status.setText(text);
    }

    void clear() {
        status.setText("");
    }

    private void popup(String text, boolean error) {
        if (status.getScene() == null || status.getScene().getWindow() == null) {
            // Said while the screen is being built (a draft brought back, a content problem for staff), and on a
            // narrow toolbar the status line has no room: say it once the screen is on the window.
            status.sceneProperty().addListener(new ChangeListener<Scene>() {
                @Override
                public void changed(ObservableValue<? extends Scene> observable, Scene before, Scene after) {
                    if (after != null && after.getWindow() != null) {
                        observable.removeListener(this);
                        popup(text, error);
                    }
                }
            });
            return;
        }
        Notifications notification = Notifications.create()
                .text(text)
                .owner(status.getScene().getWindow())
                .position(Pos.BOTTOM_RIGHT)
                .hideAfter(error ? Duration.INDEFINITE : Duration.seconds(4));
        if (error) {
            notification.showError();
        } else {
            notification.showInformation();
        }
    }
}
