package org.physiokiosk.ui.idle;

import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.physiokiosk.ui.common.WrappingLabel;
import org.physiokiosk.ui.i18n.Messages;
import org.physiokiosk.ui.theme.Theme;

/**
 * "Are you still there?" over the whole screen, with the seconds left and one big Continue. It shows what
 * it is told; the countdown itself is the idle watchdog's.
 */
public final class IdleOverlay {

    public static final String ID = "idle-overlay";
    public static final String CONTINUE_ID = "idle-continue";
    public static final String COUNTDOWN_ID = "idle-countdown";

    private final StackPane scrim = new StackPane();
    private final WrappingLabel countdown;
    private final Messages messages;

    public IdleOverlay(Messages messages, Runnable onContinue) {
        this.messages = messages;
        scrim.setId(ID);
        scrim.getStyleClass().add(Theme.IDLE_SCRIM);
        WrappingLabel question = new WrappingLabel(messages.get("idle.question"), Theme.TITLE);
        countdown = new WrappingLabel("", Theme.IDLE_COUNTDOWN);
        countdown.setId(COUNTDOWN_ID);
        Button proceed = new Button(messages.get("idle.continue"));
        proceed.setId(CONTINUE_ID);
        proceed.getStyleClass().addAll(Theme.BIG_BUTTON, Theme.MAIN_ACTION);
        proceed.setWrapText(true);
        proceed.setMinHeight(Region.USE_PREF_SIZE);
        proceed.setOnAction(event -> onContinue.run());
        VBox panel = new VBox(question, countdown, proceed);
        panel.getStyleClass().add(Theme.IDLE_PANEL);
        panel.setMaxHeight(Region.USE_PREF_SIZE);
        scrim.getChildren().add(panel);
    }

    public void setSecondsLeft(long seconds) {
        countdown.setText(messages.format("idle.countdown", seconds));
    }

    public Parent view() {
        return scrim;
    }
}
