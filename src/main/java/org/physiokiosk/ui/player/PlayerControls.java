package org.physiokiosk.ui.player;

import javafx.scene.control.Button;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import org.physiokiosk.ui.common.ContentChange;
import org.physiokiosk.ui.i18n.Messages;

/**
 * The buttons, always on screen and large: back, pause or resume, next, sound, stop; at an exercise's cautions
 * (decision 0027) skip and begin take the place of back, pause and next, since nothing runs yet. Icons are CSS
 * shapes (player.css) beside the word, so they need no font glyphs and the word says what the icon means.
 */
final class PlayerControls {

    static final String STYLE = "pk-player-controls";
    static final String BUTTON = "pk-player-button";
    static final String MAIN_BUTTON = "pk-player-main-button";
    static final String STOP_BUTTON = "pk-player-stop-button";
    static final String ICON = "pk-player-icon";

    private final Messages messages;
    private final FlowPane bar = new FlowPane();
    private final Button previous;
    private final Button pause;
    private final Button next;
    private final ToggleButton mute = new ToggleButton();
    private final Button stop;
    private final Button skip;
    private final Button begin;
    private final Region pauseIcon = icon("pk-icon-pause");
    private Boolean gateShown;

    PlayerControls(
            Messages messages,
            Runnable onPrevious,
            Runnable onPauseOrResume,
            Runnable onNext,
            java.util.function.Consumer<Boolean> onMute,
            Runnable onStop,
            Runnable onSkip,
            Runnable onBegin) {
        this.messages = messages;
        bar.getStyleClass().add(STYLE);
        previous = button(PlayerScreen.PREVIOUS_ID, "player.button.previous", "pk-icon-previous", onPrevious);
        pause = button(PlayerScreen.PAUSE_ID, "player.button.pause", null, onPauseOrResume);
        pause.setGraphic(pauseIcon);
        pause.getStyleClass().add(MAIN_BUTTON);
        next = button(PlayerScreen.NEXT_ID, "player.button.next", "pk-icon-next", onNext);
        stop = button(PlayerScreen.STOP_ID, "player.button.stop", "pk-icon-stop", onStop);
        stop.getStyleClass().add(STOP_BUTTON);
        mute.setId(PlayerScreen.MUTE_ID);
        mute.getStyleClass().add(BUTTON);
        mute.setWrapText(true);
        mute.setGraphic(icon("pk-icon-sound"));
        mute.setOnAction(event -> {
            onMute.accept(mute.isSelected());
            showMuted(mute.isSelected());
        });
        showMuted(false);
        skip = button(PlayerScreen.SKIP_ID, "player.button.skip", "pk-icon-next", onSkip);
        begin = button(PlayerScreen.BEGIN_ID, "player.button.begin", "pk-icon-play", onBegin);
        begin.getStyleClass().add(MAIN_BUTTON);
        showGate(false);
    }

    /** At an exercise's cautions: skip and begin; else back, pause and next. Sound and stop are always there. */
    void showGate(boolean gate) {
        if (gateShown != null && gateShown == gate) {
            return;
        }
        boolean swapped = gateShown != null;
        gateShown = gate;
        if (gate) {
            bar.getChildren().setAll(skip, begin, mute, stop);
        } else {
            bar.getChildren().setAll(previous, pause, next, mute, stop);
        }
        if (swapped) {
            // Begin's place is "next step" now, and the last step's is the next exercise's Begin: the rest of a
            // double tap must not press it (seen on the kiosk: a double tap on Begin skipped the get-ready).
            ContentChange.announce(bar);
        }
    }

    /** Begin opens once every caution has been on screen. */
    void allowBegin(boolean allowed) {
        begin.setDisable(!allowed);
    }

    FlowPane view() {
        return bar;
    }

    /** After a language switch: every word in the new language; what is paused or muted stays so. */
    void relabel(boolean paused) {
        previous.setText(messages.get("player.button.previous"));
        next.setText(messages.get("player.button.next"));
        stop.setText(messages.get("player.button.stop"));
        skip.setText(messages.get("player.button.skip"));
        begin.setText(messages.get("player.button.begin"));
        showMuted(mute.isSelected());
        pause.setText(null);
        showPaused(paused);
    }

    /** The pause button says what it will do: pause while running, resume while paused. */
    void showPaused(boolean paused) {
        String text = messages.get(paused ? "player.button.resume" : "player.button.pause");
        if (!text.equals(pause.getText())) {
            pause.setText(text);
            pauseIcon.getStyleClass().setAll(ICON, paused ? "pk-icon-play" : "pk-icon-pause");
            // Pause now says Resume under the finger: a double tap must not undo the pause it asked for.
            ContentChange.announce(pause);
        }
    }

    private void showMuted(boolean muted) {
        mute.setText(messages.get(muted ? "player.button.soundOff" : "player.button.soundOn"));
        mute.getGraphic().getStyleClass().setAll(ICON, muted ? "pk-icon-sound-off" : "pk-icon-sound");
    }

    private Button button(String id, String key, String iconStyle, Runnable action) {
        Button button = new Button(messages.get(key));
        button.setId(id);
        button.getStyleClass().add(BUTTON);
        button.setWrapText(true);
        if (iconStyle != null) {
            button.setGraphic(icon(iconStyle));
        }
        button.setOnAction(event -> action.run());
        return button;
    }

    private static Region icon(String style) {
        Region icon = new Region();
        icon.getStyleClass().addAll(ICON, style);
        return icon;
    }
}
