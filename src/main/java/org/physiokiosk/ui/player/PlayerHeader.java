package org.physiokiosk.ui.player;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.physiokiosk.player.PlayerState;
import org.physiokiosk.ui.common.FewLinesLabel;
import org.physiokiosk.ui.i18n.Messages;

/**
 * The player's top line: the exercise's name and "Exercise 2 of 5", one tap to the next exercise beside them, and
 * the language and larger-text switches in the window's corner, as far from the button row as can be (hostile walk
 * F12).
 */
final class PlayerHeader {

    static final String HEADER = "pk-player-header";
    static final String TITLE = "pk-player-title";
    static final String PROGRESS = "pk-player-progress";
    static final String NEXT_EXERCISE = "pk-player-next-exercise";
    static final int MOST_TITLE_LINES = 2;

    private final Messages messages;
    /** At most two lines: a clinic's long name wrapped to five at A+ and 1280x800, and pushed Stop off the screen. */
    private final Label title = new FewLinesLabel(MOST_TITLE_LINES);

    private final Label progress = PlayerLayout.label(PROGRESS, null);
    private final Button nextExercise;
    private final HBox view;

    PlayerHeader(Messages messages, PlayerCorner corner, Runnable onNextExercise) {
        this.messages = messages;
        title.getStyleClass().add(TITLE);
        title.setId(PlayerScreen.TITLE_ID);
        VBox titles = new VBox(title, progress);
        HBox.setHgrow(titles, Priority.ALWAYS);
        // One tap to the next exercise, beside "Exercise 2 of 5" where it belongs, not a sixth button in the row.
        nextExercise = new Button(messages.get("player.button.nextExercise"));
        nextExercise.setId(PlayerScreen.NEXT_EXERCISE_ID);
        nextExercise.getStyleClass().add(NEXT_EXERCISE);
        // One line, never shortened: the title beside it wraps instead.
        nextExercise.setWrapText(false);
        Region nextIcon = new Region();
        nextIcon.getStyleClass().addAll(PlayerControls.ICON, "pk-icon-next");
        nextExercise.setGraphic(nextIcon);
        nextExercise.setMinWidth(Region.USE_PREF_SIZE);
        nextExercise.setOnAction(event -> onNextExercise.run());
        nextExercise.managedProperty().bind(nextExercise.visibleProperty());
        view = new HBox(titles, nextExercise, corner.view());
        view.getStyleClass().add(HEADER);
    }

    HBox view() {
        return view;
    }

    void show(PlayerState state) {
        PlayerLayout.setText(title, state.exercise().exercise().title().in(messages.language()));
        progress.setVisible(state.numberedCount() > 1);
        progress.setManaged(state.numberedCount() > 1);
        PlayerLayout.setText(
                progress, messages.format("player.exercise", state.exerciseNumber(), state.numberedCount()));
        nextExercise.setVisible(!state.waitingAtCautions() && state.exerciseIndex() + 1 < state.exerciseCount());
    }

    void relabel() {
        nextExercise.setText(messages.get("player.button.nextExercise"));
    }
}
