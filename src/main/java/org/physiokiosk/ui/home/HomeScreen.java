package org.physiokiosk.ui.home;

import java.util.function.Consumer;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.physiokiosk.content.Catalog;
import org.physiokiosk.content.Condition;
import org.physiokiosk.ui.common.Screen;
import org.physiokiosk.ui.theme.Theme;
import org.physiokiosk.ui.common.TopBar;
import org.physiokiosk.ui.i18n.Messages;

/** The start screen: one large tile per complaint, and the language switch. */
public final class HomeScreen implements Screen {

    public static final String TILE_ID_PREFIX = "condition-tile-";
    private static final int COLUMNS = 3;

    private final VBox root = new VBox();

    public HomeScreen(Catalog catalog, Messages messages, TopBar topBar, Consumer<Condition> onCondition) {
        root.getStyleClass().add(Theme.SCREEN);

        Label title = new Label(messages.get("home.title"));
        title.getStyleClass().add(Theme.TITLE);
        Label subtitle = new Label(messages.get("home.subtitle"));
        subtitle.getStyleClass().add(Theme.SUBTITLE);

        // A grid of equal columns, not a TilePane: a TilePane sizes its tiles before their text wraps, and
        // a long complaint name would spill out of its tile.
        GridPane tiles = new GridPane();
        tiles.setHgap(32);
        tiles.setVgap(32);
        for (int column = 0; column < COLUMNS; column++) {
            ColumnConstraints constraints = new ColumnConstraints();
            constraints.setPercentWidth(100.0 / COLUMNS);
            constraints.setHgrow(Priority.ALWAYS);
            tiles.getColumnConstraints().add(constraints);
        }
        int index = 0;
        for (Condition condition : catalog.conditions().values()) {
            ConditionTile tile = new ConditionTile(catalog, condition, messages.language(), onCondition);
            GridPane.setFillHeight(tile, true);
            tiles.add(tile, index % COLUMNS, index / COLUMNS);
            index++;
        }
        Parent body = tiles;
        if (catalog.conditions().isEmpty()) {
            Label empty = new Label(messages.get("home.empty"));
            empty.getStyleClass().add(Theme.MESSAGE);
            body = empty;
        }
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);

        Label disclaimer = new Label(catalog.disclaimer().map(text -> text.in(messages.language()))
                .orElse(messages.get("home.disclaimer")));
        disclaimer.getStyleClass().add(Theme.NOTICE);

        root.getChildren().addAll(topBar.view(), title, subtitle, scroll, disclaimer);
    }

    @Override
    public Parent view() {
        return root;
    }
}
