package org.physiokiosk.ui.home;

import java.util.function.Consumer;
import org.physiokiosk.content.Catalog;
import org.physiokiosk.content.Condition;
import org.physiokiosk.figure.FigureStyle;
import org.physiokiosk.ui.common.ScaledPicture;
import org.physiokiosk.ui.common.TapCard;
import org.physiokiosk.ui.common.WrappingLabel;
import org.physiokiosk.ui.figure.FigureView;
import org.physiokiosk.ui.figure.KeyFrames;
import org.physiokiosk.ui.theme.Theme;

/**
 * A large touch tile for one complaint: a picture of its first exercise, its name and one line about it. The
 * picture grows with the tile and, on a short screen, gives up height first; the name and the line never do.
 */
final class ConditionTile extends TapCard {

    private final WrappingLabel name;

    ConditionTile(Catalog catalog, Condition condition, String language, FigureStyle style, Consumer<Condition> onTap) {
        super(condition.title().in(language), () -> onTap.accept(condition));
        setId(HomeScreen.TILE_ID_PREFIX + condition.id());
        getStyleClass().add(Theme.TILE);
        catalog.exercisesOf(condition).stream().findFirst().ifPresent(first -> {
            FigureView figure = KeyFrames.viewOf(catalog, first, style);
            getChildren().add(new ScaledPicture(figure, Theme.TILE_FIGURE));
        });
        name = new WrappingLabel(condition.title().in(language), Theme.TILE_TITLE);
        getChildren().addAll(name, new WrappingLabel(condition.summary().in(language), Theme.TILE_TEXT));
    }

    /** The complaint's name, in the tile's title style. */
    WrappingLabel name() {
        return name;
    }

    /**
     * Puts the name above the picture, or back below it. When the complaints do not fit the screen even with the
     * smallest pictures, a second row's names would otherwise wait below the first row's pictures and text, and
     * below the fold: with the names first, each row's names start right at its top. Only the order changes, not
     * the tile's height, so this cannot change whether the tiles fit.
     */
    void nameFirst(boolean first) {
        int at = getChildren().indexOf(name);
        int wanted = first ? 0 : getChildren().size() - 2;
        if (at != wanted) {
            getChildren().remove(name);
            getChildren().add(wanted, name);
        }
    }
}
