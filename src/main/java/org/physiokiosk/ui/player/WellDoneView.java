package org.physiokiosk.ui.player;

import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.physiokiosk.content.Side;
import org.physiokiosk.player.PlannedExercise;
import org.physiokiosk.player.PlayerSession;
import org.physiokiosk.ui.i18n.Messages;
import org.physiokiosk.ui.theme.Theme;

/** The end of a program played through: what the patient did, and the way home. */
final class WellDoneView {

    static final String STYLE = "pk-player-well-done";
    static final String TITLE = "pk-player-done-title";
    static final String ITEM = "pk-player-done-item";
    /** The card's one button: as large as the player's own buttons, not the smaller big button of other pages. */
    static final String CARD_BUTTON = "pk-player-card-button";

    private final VBox box = new VBox();

    /** @param skipped the exercises left out, by index in {@code plan}: not listed as done */
    WellDoneView(List<PlannedExercise> plan, java.util.Set<Integer> skipped, Messages messages, Runnable onHome) {
        box.setId(PlayerScreen.WELL_DONE_ID);
        box.getStyleClass().addAll(STYLE, Theme.CARD);
        box.setMaxHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // a card around its words, centred on the page
        Label title = new Label(messages.get("player.done.title"));
        title.getStyleClass().add(TITLE);
        title.setWrapText(true);
        Label intro = new Label(messages.get("player.done.text"));
        intro.getStyleClass().add(Theme.BODY);
        intro.setWrapText(true);
        box.getChildren().addAll(title, intro);
        for (int i = 0; i < plan.size(); i++) {
            if (skipped.contains(i)) {
                continue;
            }
            PlannedExercise planned = plan.get(i);
            String name = planned.exercise().title().in(messages.language());
            String key = planned.dose().side() == Side.NONE ? "player.done.item" : "player.done.itemEachSide";
            Label item = new Label(
                    "•  " + messages.format(key, name, planned.dose().sets(), PlayerSession.playedReps(planned)));
            item.getStyleClass().addAll(Theme.LIST_ITEM, ITEM);
            item.setWrapText(true);
            box.getChildren().add(item);
        }
        Button home = new Button(messages.get("player.done.home"));
        home.setId(PlayerScreen.DONE_ID);
        home.getStyleClass().addAll(Theme.BIG_BUTTON, CARD_BUTTON);
        home.setOnAction(event -> onHome.run());
        box.getChildren().add(home);
    }

    VBox view() {
        return box;
    }
}
