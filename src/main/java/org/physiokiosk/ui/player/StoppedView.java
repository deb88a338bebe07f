package org.physiokiosk.ui.player;

import javafx.scene.control.Button;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.physiokiosk.ui.common.WrappingLabel;
import org.physiokiosk.ui.i18n.Messages;
import org.physiokiosk.ui.theme.Theme;

/**
 * After Stop: a kind word instead of a silent jump back (decision 0027). It repeats what the player said all along
 * (stop if the pain gets worse) and where to ask, and in a run says that Start goes on where they stopped.
 */
final class StoppedView {

    static final String STYLE = "pk-player-stopped";

    private final VBox box = new VBox();

    /**
     * @param resumeAt the 1-based exercise a later Start goes on with, with the run's length; 0 when Start begins
     *                 anew (one exercise)
     */
    StoppedView(Messages messages, int resumeAt, int exerciseCount, Runnable onBack) {
        box.setId(PlayerScreen.STOPPED_ID);
        box.getStyleClass().addAll(WellDoneView.STYLE, STYLE, Theme.CARD);
        box.setMaxHeight(Region.USE_PREF_SIZE);
        box.getChildren().add(new WrappingLabel(messages.get("player.stopped.title"), WellDoneView.TITLE));
        box.getChildren().add(new WrappingLabel(messages.get("player.stopped.text"), Theme.BODY));
        if (resumeAt > 0) {
            WrappingLabel resume =
                    new WrappingLabel(messages.format("player.stopped.resume", resumeAt, exerciseCount), Theme.BODY);
            resume.setId(PlayerScreen.STOPPED_RESUME_ID);
            box.getChildren().add(resume);
        }
        // "Back" here means what the top bar's "‹ Back" means: the screen before the player; it says so the same way.
        Button back = new Button("‹  " + messages.get("player.stopped.back"));
        back.setId(PlayerScreen.STOPPED_BACK_ID);
        back.getStyleClass().addAll(Theme.BIG_BUTTON, WellDoneView.CARD_BUTTON);
        back.setOnAction(event -> onBack.run());
        box.getChildren().add(back);
    }

    VBox view() {
        return box;
    }
}
