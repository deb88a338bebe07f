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
import org.physiokiosk.ui.common.TopBar;
import org.physiokiosk.ui.common.WrappingLabel;
import org.physiokiosk.ui.i18n.Messages;
import org.physiokiosk.ui.theme.Theme;

/** Choosing a complaint: one large tile per complaint; the tiles reflow into as many columns as fit. */
public final class HomeScreen implements Screen {

    public static final String TILE_ID_PREFIX = "condition-";
    public static final String TILES_ID = "home-tiles";
    /** The tile that opens the keypad for the code on a therapist's handout. */
    public static final String MY_PROGRAM_ID = "my-program";
    /** A column is wide enough when a tile title's font fits about this many times across it. */
    private static final double TITLE_EMS_PER_COLUMN = 11;

    private static final int MAX_COLUMNS = 4;

    private final VBox root = new VBox();
    private final VBox tiles = new VBox();
    private final List<ConditionTile> tileList = new ArrayList<>();
    private final PageScroller scroller;
    private final Subscription subscription;
    private int columns;

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
        root.getStyleClass().add(Theme.SCREEN);
        WrappingLabel title = new WrappingLabel(messages.get("home.title"), Theme.TITLE);
        WrappingLabel subtitle = new WrappingLabel(messages.get("home.subtitle"), Theme.SUBTITLE);

        // Rows of equal columns, not a TilePane or a GridPane: both size their tiles before the text wraps, and
        // a long complaint name would spill out of its tile. An HBox row asks each tile its height at its width.
        tiles.getStyleClass().add(Theme.TILE_GRID);
        for (Condition condition : catalog.conditions().values()) {
            ConditionTile tile = new ConditionTile(catalog, condition, messages.language(), style, onCondition);
            tileList.add(tile);
        }
        Node body = tiles;
        if (catalog.conditions().isEmpty()) {
            body = new WrappingLabel(messages.get("home.empty"), Theme.MESSAGE);
        }
        scroller = new PageScroller(TILES_ID, body, messages);
        VBox.setVgrow(scroller, Priority.ALWAYS);

        WrappingLabel disclaimer = new WrappingLabel(
                catalog.disclaimer().map(text -> text.in(messages.language())).orElse(messages.get("home.disclaimer")),
                Theme.NOTICE);

        root.getChildren().addAll(topBar.view(), title, subtitle, scroller, disclaimer);
        onMyProgram.ifPresent(open -> root.getChildren().add(3, myProgramTile(messages, open)));
        subscription = tiles.widthProperty()
                .subscribe(this::reflow)
                .and(title.fontProperty().subscribe(this::reflow));
        arrange(Math.max(1, Math.min(3, tileList.size())));
    }

    /** As many columns as fit at the tile title's size: portrait screens and larger text get fewer, wider tiles. */
    private void reflow() {
        if (tileList.isEmpty() || tiles.getWidth() <= 0) {
            return;
        }
        double titleSize = tileList.get(0).getChildren().stream()
                .filter(n -> n.getStyleClass().contains(Theme.TILE_TITLE))
                .findFirst()
                .map(n -> ((WrappingLabel) n).getFont().getSize())
                .orElse(40.0);
        int fit = (int) Math.floor(tiles.getWidth() / (titleSize * TITLE_EMS_PER_COLUMN));
        arrange(Math.max(1, Math.min(MAX_COLUMNS, Math.min(fit, tileList.size()))));
    }

    private void arrange(int count) {
        if (count == columns) {
            return;
        }
        columns = count;
        tiles.getChildren().clear();
        HBox row = null;
        for (int i = 0; i < tileList.size(); i++) {
            if (i % columns == 0) {
                row = new HBox();
                row.getStyleClass().add(Theme.TILE_ROW);
                tiles.getChildren().add(row);
            }
            ConditionTile tile = tileList.get(i);
            HBox.setHgrow(tile, Priority.ALWAYS);
            tile.setPrefWidth(0);
            tile.setMaxWidth(Double.MAX_VALUE);
            row.getChildren().add(tile);
        }
        // The last row keeps the other rows' column width: empty cells fill it.
        for (int empty = tileList.size() % columns; empty > 0 && empty < columns; empty++) {
            Region filler = new Region();
            HBox.setHgrow(filler, Priority.ALWAYS);
            filler.setPrefWidth(0);
            row.getChildren().add(filler);
        }
    }

    private static TapCard myProgramTile(Messages messages, Runnable open) {
        TapCard tile = new TapCard(messages.get("code.entry"), open);
        tile.setId(MY_PROGRAM_ID);
        tile.getStyleClass().add(Theme.TILE);
        tile.getChildren()
                .addAll(
                        new WrappingLabel("▦  " + messages.get("code.entry"), Theme.TILE_TITLE),
                        new WrappingLabel(messages.get("code.entryText"), Theme.TILE_TEXT));
        return tile;
    }

    @Override
    public Parent view() {
        return root;
    }

    @Override
    public void dispose() {
        subscription.unsubscribe();
        scroller.dispose();
    }
}
