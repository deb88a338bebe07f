package org.physiokiosk.ui.home;

import java.util.function.Consumer;
import org.physiokiosk.content.Catalog;
import org.physiokiosk.content.Condition;
import org.physiokiosk.figure.FigureStyle;
import org.physiokiosk.ui.common.TapCard;
import org.physiokiosk.ui.common.WrappingLabel;
import org.physiokiosk.ui.figure.FigureView;
import org.physiokiosk.ui.figure.KeyFrames;
import org.physiokiosk.ui.theme.Theme;

/** A large touch tile for one complaint: a picture of its first exercise, its name and one line about it. */
final class ConditionTile extends TapCard {

    ConditionTile(Catalog catalog, Condition condition, String language, FigureStyle style, Consumer<Condition> onTap) {
        super(condition.title().in(language), () -> onTap.accept(condition));
        setId(HomeScreen.TILE_ID_PREFIX + condition.id());
        getStyleClass().add(Theme.TILE);
        catalog.exercisesOf(condition).stream().findFirst().ifPresent(first -> {
            FigureView figure = KeyFrames.viewOf(catalog, first, style);
            figure.getStyleClass().add(Theme.TILE_FIGURE);
            getChildren().add(figure);
        });
        getChildren()
                .addAll(
                        new WrappingLabel(condition.title().in(language), Theme.TILE_TITLE),
                        new WrappingLabel(condition.summary().in(language), Theme.TILE_TEXT));
    }
}
