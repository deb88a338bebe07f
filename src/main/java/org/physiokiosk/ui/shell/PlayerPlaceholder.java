package org.physiokiosk.ui.shell;

import java.util.List;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.layout.VBox;
import org.physiokiosk.player.PlannedExercise;
import org.physiokiosk.ui.common.BulletLine;
import org.physiokiosk.ui.common.Screen;
import org.physiokiosk.ui.common.TopBar;
import org.physiokiosk.ui.common.WrappingLabel;
import org.physiokiosk.ui.i18n.Messages;
import org.physiokiosk.ui.theme.Theme;

/** Stands where the player will be until it is merged: shows what would be played. */
final class PlayerPlaceholder implements Screen {

    static final String ID = "player-placeholder";

    private final VBox root = new VBox();

    PlayerPlaceholder(List<PlannedExercise> plan, Messages messages, TopBar topBar, Runnable onDone) {
        root.setId(ID);
        root.getStyleClass().add(Theme.SCREEN);
        root.getChildren().addAll(topBar.view(), new WrappingLabel(messages.get("placeholder.title"), Theme.TITLE));
        plan.forEach(item -> root.getChildren().add(new BulletLine(item.exercise().title().in(messages.language()))));
        Button done = new Button(messages.get("placeholder.done"));
        done.getStyleClass().add(Theme.BIG_BUTTON);
        done.setOnAction(event -> onDone.run());
        root.getChildren().add(done);
    }

    @Override
    public Parent view() {
        return root;
    }
}
