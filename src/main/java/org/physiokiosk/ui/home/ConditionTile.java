package org.physiokiosk.ui.home;

import java.util.function.Consumer;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.physiokiosk.content.Catalog;
import org.physiokiosk.content.Condition;
import org.physiokiosk.ui.theme.Theme;
import org.physiokiosk.ui.figure.FigureView;
import org.physiokiosk.ui.figure.KeyFrames;

/** A large touch tile for one complaint: a picture of its first exercise, its name and one line about it. */
final class ConditionTile extends VBox {

    ConditionTile(Catalog catalog, Condition condition, String language, Consumer<Condition> onTap) {
        setId(HomeScreen.TILE_ID_PREFIX + condition.id());
        getStyleClass().add(Theme.TILE);
        catalog.exercisesOf(condition).stream().findFirst().ifPresent(first -> {
            FigureView figure = KeyFrames.viewOf(catalog, first);
            figure.getStyleClass().add(Theme.TILE_FIGURE);
            getChildren().add(figure);
        });
        Label title = new Label(condition.title().in(language));
        title.setMinHeight(Region.USE_PREF_SIZE);
        title.getStyleClass().add(Theme.TILE_TITLE);
        Label summary = new Label(condition.summary().in(language));
        summary.setMinHeight(Region.USE_PREF_SIZE);
        summary.getStyleClass().add(Theme.TILE_TEXT);
        getChildren().addAll(title, summary);
        setAccessibleRole(AccessibleRole.BUTTON);
        setAccessibleText(condition.title().in(language));
        // Released, not clicked: a shaky finger that moves a little between press and release still counts.
        setOnMouseReleased(event -> {
            if (contains(event.getX(), event.getY())) {
                onTap.accept(condition);
            }
        });
    }
}
