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
 * F12). Where the name would not fit its two lines beside "Next exercise" (a narrow or upright window, the larger
 * text), the button moves under the name, beside "Exercise 2 of 5", and the name has the row to itself.
 */
final class PlayerHeader {

    static final String HEADER = "pk-player-header";
    static final String TITLE = "pk-player-title";
    static final String PROGRESS = "pk-player-progress";
    static final String PROGRESS_LINE = "pk-player-progress-line";
    static final String NEXT_EXERCISE = "pk-player-next-exercise";
    static final int MOST_TITLE_LINES = 2;

    private final Messages messages;
    /** At most two lines: a clinic's long name wrapped to five at A+ and 1280x800, and pushed Stop off the screen. */
    private final FewLinesLabel title = new FewLinesLabel(MOST_TITLE_LINES);

    private final Label progress = PlayerLayout.label(PROGRESS, null);
    /** "Exercise 2 of 5", and "Next exercise" when the name needs the room beside it. */
    private final HBox progressLine = new HBox(progress);

    private final Button nextExercise;
    private final HBox corner;
    private final HBox view;

    PlayerHeader(Messages messages, PlayerCorner corner, Runnable onNextExercise) {
        this.messages = messages;
        this.corner = corner.view();
        title.getStyleClass().add(TITLE);
        title.setId(PlayerScreen.TITLE_ID);
        progressLine.getStyleClass().add(PROGRESS_LINE);
        VBox titles = new VBox(title, progressLine);
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
        progressLine.managedProperty().bind(progress.managedProperty().or(nextExercise.managedProperty()));
        view = new HBox(titles, nextExercise, this.corner) {
            @Override
            protected double computePrefHeight(double width) {
                if (width > 0) {
                    placeNextExercise(width);
                }
                return super.computePrefHeight(width);
            }

            @Override
            protected void layoutChildren() {
                placeNextExercise(getWidth());
                super.layoutChildren();
            }
        };
        view.getStyleClass().add(HEADER);
    }

    /**
     * "Next exercise" under the name when only that lets the name fit its lines, else beside it. Decided from the
     * header's width and the parts' own widths, never from where the button stands now, so the choice holds from one
     * layout pass to the next.
     */
    private void placeNextExercise(double width) {
        double gap = view.getSpacing();
        double besideRoom = width
                - view.snappedLeftInset()
                - view.snappedRightInset()
                - corner.prefWidth(-1)
                - nextExercise.prefWidth(-1)
                - 2 * gap;
        double rowRoom = besideRoom + nextExercise.prefWidth(-1) + gap;
        // A name too long for the whole row (a clinic's paragraph) ends in "…" either way: the button stays beside it
        // and the header no taller.
        boolean beside = !nextExercise.isVisible() || title.wholeAt(besideRoom) || !title.wholeAt(rowRoom);
        // Added to one parent, a node leaves the other.
        if (beside && nextExercise.getParent() != view) {
            view.getChildren().add(1, nextExercise);
        } else if (!beside && nextExercise.getParent() != progressLine) {
            progressLine.getChildren().add(nextExercise);
        }
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
