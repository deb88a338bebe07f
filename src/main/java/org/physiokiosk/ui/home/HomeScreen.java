package org.physiokiosk.ui.home;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;
import org.physiokiosk.content.Catalog;
import org.physiokiosk.content.Condition;
import org.physiokiosk.figure.FigureStyle;
import org.physiokiosk.ui.common.PageScroller;
import org.physiokiosk.ui.common.Screen;
import org.physiokiosk.ui.common.TapCard;
import org.physiokiosk.ui.common.TileGrid;
import org.physiokiosk.ui.common.TopBar;
import org.physiokiosk.ui.common.WrappingLabel;
import org.physiokiosk.ui.i18n.Messages;
import org.physiokiosk.ui.theme.Theme;

/**
 * Choosing a complaint: one large tile per complaint, in rows that share the width. The tiles get the room:
 * "my program" (for the code on a therapist's handout) is a one-row bar above them, and on a short screen the
 * tiles' pictures give up height so that every complaint's name is in view without scrolling. Rows are balanced
 * (four complaints are two rows of two), and where even the smallest pictures leave too little room, the names
 * come first in their tiles, so a clinic's fourth complaint is in view at 1280x800 too (decision 0050).
 */
public final class HomeScreen implements Screen {

    public static final String TILE_ID_PREFIX = "condition-";
    public static final String TILES_ID = "home-tiles";
    /** The bar that opens the keypad for the code on a therapist's handout. */
    public static final String MY_PROGRAM_ID = "my-program";

    private static final String HOME_SCREEN = "pk-home-screen";
    private static final String PROGRAM_BAR = "pk-program-bar";
    private static final String PROGRAM_BAR_ROW = "pk-program-bar-row";
    private static final String PROGRAM_BAR_TITLE = "pk-program-bar-title";
    /** Complaints that share one row on the clinic's 1280x800 screen: the bundled three. */
    private static final int ONE_ROW = 3;

    private static final String MORE_THAN_ONE_ROW = "pk-more-than-one-row";

    private final VBox root = new VBox();
    private final PageScroller scroller;
    private final Subscription subscriptions;

    public HomeScreen(
            Catalog catalog, Messages messages, TopBar topBar, FigureStyle style, Consumer<Condition> onCondition) {
        this(catalog, messages, topBar, style, onCondition, Optional.empty());
    }

    /** @param onMyProgram opens the code keypad; empty on a kiosk without programs */
    public HomeScreen(
            Catalog catalog,
            Messages messages,
            TopBar topBar,
            FigureStyle style,
            Consumer<Condition> onCondition,
            Optional<Runnable> onMyProgram) {
        root.getStyleClass().addAll(Theme.SCREEN, HOME_SCREEN);
        WrappingLabel title = new WrappingLabel(messages.get("home.title"), Theme.TITLE);
        WrappingLabel subtitle = new WrappingLabel(messages.get("home.subtitle"), Theme.SUBTITLE);

        TileGrid tiles = new TileGrid(Theme.TILE_GRID);
        List<ConditionTile> conditionTiles = new ArrayList<>();
        for (Condition condition : catalog.conditions().values()) {
            conditionTiles.add(new ConditionTile(catalog, condition, messages.language(), style, onCondition));
        }
        tiles.getChildren().addAll(conditionTiles);
        if (conditionTiles.size() > ONE_ROW) {
            // A second row's names wait below the first row's pictures: those may shrink further (home.css).
            tiles.getStyleClass().add(MORE_THAN_ONE_ROW);
        }
        Node body = tiles;
        if (catalog.conditions().isEmpty()) {
            body = new WrappingLabel(messages.get("home.empty"), Theme.MESSAGE);
        }
        scroller = new PageScroller(TILES_ID, body, messages);
        // The grid is given the viewport's height and shrinks the tiles' pictures to fit it; it scrolls only
        // when even the smallest pictures leave too little room (many complaints, very large text).
        scroller.scrollPane().setFitToHeight(true);
        // When even the smallest pictures leave too little room (a clinic's fourth complaint at 1280x800), the
        // names come first in every tile, so that a second row's names are in view too (decision 0050).
        subscriptions = scroller.pagingProperty()
                .subscribe(pages -> conditionTiles.forEach(tile -> tile.nameFirst(pages)))
                .and(WholeWords.keep(tiles, conditionTiles)); // no name breaks inside a word
        VBox.setVgrow(scroller, Priority.ALWAYS);

        WrappingLabel disclaimer = new WrappingLabel(
                catalog.disclaimer().map(text -> text.in(messages.language())).orElse(messages.get("home.disclaimer")),
                Theme.NOTICE);

        root.getChildren().addAll(topBar.view(), title, subtitle, scroller, disclaimer);
        onMyProgram.ifPresent(open -> root.getChildren().add(3, myProgramBar(messages, open)));
    }

    /** One row: its name beside what it is for, which wraps; the whole bar is the button. */
    private static TapCard myProgramBar(Messages messages, Runnable open) {
        TapCard bar = new TapCard(messages.get("code.entry"), open);
        bar.setId(MY_PROGRAM_ID);
        bar.getStyleClass().addAll(Theme.TILE, PROGRAM_BAR);
        // Its text may wrap onto a second line: the screen must not squeeze the bar below that.
        bar.setMinHeight(Region.USE_PREF_SIZE);
        WrappingLabel name = new WrappingLabel("▦  " + messages.get("code.entry"), Theme.TILE_TITLE, PROGRAM_BAR_TITLE);
        name.setMinWidth(Region.USE_PREF_SIZE);
        WrappingLabel text = new WrappingLabel(messages.get("code.entryText"), Theme.TILE_TEXT);
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox row = new HBox(name, text);
        row.getStyleClass().add(PROGRAM_BAR_ROW);
        bar.getChildren().add(row);
        return bar;
    }

    @Override
    public Parent view() {
        return root;
    }

    @Override
    public void dispose() {
        subscriptions.unsubscribe();
        scroller.dispose();
    }
}
