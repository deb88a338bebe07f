package org.physiokiosk.ui.player;

import java.util.function.Supplier;
import javafx.scene.Node;

/**
 * The stopped and the well-done card, each in the player's place once the session ends. A card is made from a
 * supplier, so a language switch on the card makes it anew in the new words.
 */
final class PlayerCards {

    private final PlayerLayout layout;
    /** The card on show; null while playing. */
    private Supplier<Node> card;

    private boolean wellDoneShown;

    PlayerCards(PlayerLayout layout) {
        this.layout = layout;
    }

    void show(Supplier<Node> next) {
        card = next;
        layout.showWellDone(next.get());
    }

    /** The well-done card, the first time the session is seen completed (never twice: its button would move). */
    void showWellDoneOnce(Supplier<Node> wellDone) {
        if (!wellDoneShown) {
            wellDoneShown = true;
            show(wellDone);
        }
    }

    /** After a language switch: the card on show made anew; false when none is on show. */
    boolean relabel() {
        if (card == null) {
            return false;
        }
        layout.showWellDone(card.get());
        return true;
    }
}
