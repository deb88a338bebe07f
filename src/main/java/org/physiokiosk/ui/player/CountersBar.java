package org.physiokiosk.ui.player;

import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.StackPane;
import org.physiokiosk.content.DoseWords;
import org.physiokiosk.player.Phase;
import org.physiokiosk.player.PlayedSide;
import org.physiokiosk.player.PlayerState;
import org.physiokiosk.ui.i18n.Messages;

/**
 * Where the patient is: repetition, set and side, each a chip that is hidden when it says nothing. Before an
 * exercise of a run has started (its "next exercise" preview) nothing has a place yet: one chip says the dose to
 * come instead ("2 sets of 10 · hold 5 seconds · each side · twice a day"), as on the exercise's page.
 */
final class CountersBar {

    static final String STYLE = "pk-player-counters";
    static final String CHIP = "pk-player-chip";
    static final String SIDE_CHIP = "pk-player-side-chip";
    static final String DOSE_CHIP = "pk-player-dose-chip";

    private final Messages messages;
    private final FlowPane bar = new FlowPane();
    /** The chips, or the dose in their place: a dose line wraps within the column, where a flow of chips cannot. */
    private final StackPane view = new StackPane(bar);

    private final Label rep = chip(PlayerScreen.REP_ID);
    private final Label set = chip(PlayerScreen.SET_ID);
    private final Label side = chip(PlayerScreen.SIDE_ID);
    private final Label dose = chip(PlayerScreen.DOSE_ID);

    CountersBar(Messages messages) {
        this.messages = messages;
        bar.getStyleClass().add(STYLE);
        side.getStyleClass().add(SIDE_CHIP);
        bar.getChildren().addAll(side, rep, set);
        dose.setMaxWidth(Double.MAX_VALUE);
        dose.getStyleClass().add(DOSE_CHIP);
        view.getChildren().add(dose);
    }

    StackPane view() {
        return view;
    }

    void show(PlayerState state) {
        boolean preview = state.phase() == Phase.NEXT_EXERCISE;
        showIf(
                dose,
                preview,
                () -> new DoseWords(messages.language()).line(state.exercise().dose()));
        showIf(rep, state.rep() > 0, () -> messages.format("player.rep", state.rep(), state.reps()));
        showIf(set, !preview && state.sets() > 1, () -> messages.format("player.set", state.set(), state.sets()));
        // In a rest the next set starts on the first side again: no side to name; in a preview none has begun.
        showIf(
                side,
                state.side() != PlayedSide.NONE && state.phase() != Phase.REST && !preview,
                () -> messages.get(state.side() == PlayedSide.LEFT ? "player.side.left" : "player.side.right"));
    }

    private static void showIf(Label label, boolean visible, java.util.function.Supplier<String> text) {
        label.setVisible(visible);
        label.setManaged(visible);
        if (visible) {
            String now = text.get();
            if (!now.equals(label.getText())) {
                label.setText(now);
            }
        }
    }

    private static Label chip(String id) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add(CHIP);
        label.setWrapText(true);
        return label;
    }
}
