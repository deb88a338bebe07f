package org.physiokiosk.ui.exercise;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.physiokiosk.content.Catalog;
import org.physiokiosk.content.Exercise;
import org.physiokiosk.content.Step;
import org.physiokiosk.figure.FigureStyle;
import org.physiokiosk.ui.common.PageScroller;
import org.physiokiosk.ui.common.WrappingLabel;
import org.physiokiosk.ui.figure.FigureView;
import org.physiokiosk.ui.figure.KeyFrames;
import org.physiokiosk.ui.i18n.Messages;
import org.physiokiosk.ui.theme.Theme;

/**
 * "How to do it": the heading, then every step as a numbered picture card. The cards page with large arrows at
 * the column's left edge, away from the side column, so the arrows plainly move the cards beside them.
 */
final class StepsColumn extends VBox {

    private final FlowPane cards = new FlowPane();
    private final VBox content = new VBox(cards);
    private final PageScroller pager;
    private final WrappingLabel heading;

    StepsColumn(Catalog catalog, Exercise exercise, Messages messages, FigureStyle style) {
        String language = messages.language();
        cards.setId(ExerciseScreen.STEPS_ID);
        cards.getStyleClass().add(Theme.CARD_FLOW);
        List<Step> steps = exercise.steps();
        for (int i = 0; i < steps.size(); i++) {
            cards.getChildren().add(card(catalog, exercise, i, language, style));
        }
        content.getStyleClass().add(Theme.PART);
        pager = new PageScroller(ExerciseScreen.STEPS_ID + "-scroll", content, messages).arrowsFirst();
        pager.setMinHeight(0);
        VBox.setVgrow(pager, Priority.ALWAYS);
        heading = new WrappingLabel(messages.get("exercise.steps"), Theme.HEADING);
        getChildren().addAll(heading, pager);
    }

    int cardCount() {
        return cards.getChildren().size();
    }

    /** The most cards side by side in {@code width}; at least one. */
    int cardsWithin(double width) {
        int count = 1;
        while (count < cards.getChildren().size() && widthFor(count + 1) <= width) {
            count++;
        }
        return count;
    }

    /**
     * How wide this column must be for {@code count} cards of their least width side by side: the cards and
     * their gaps, the arrows and the scroll bar (counted even while hidden, so the width does not change when
     * they appear) and the paddings. Valid once CSS has been applied.
     */
    double widthFor(int count) {
        return count * leastCardWidth() + Math.max(0, count - 1) * cards.getHgap() + chrome();
    }

    /**
     * Lays out {@code count} cards a row in a column of this size, widened to fill it, so their text wraps into
     * fewer lines. Room for the arrows and the scroll bar is kept only when the cards will page; wider cards never
     * page where narrower ones do not, so the arrows cannot come and go from one pass to the next.
     */
    void fit(double width, double height, int count) {
        double inner = width - snappedLeftInset() - snappedRightInset();
        widen(inner - frameWidth(), count);
        double viewport = height
                - snappedTopInset()
                - snappedBottomInset()
                - heading.prefHeight(inner)
                - getSpacing()
                - pager.snappedTopInset()
                - pager.snappedBottomInset()
                - pager.scrollPane().snappedTopInset()
                - pager.scrollPane().snappedBottomInset();
        if (content.prefHeight(inner - frameWidth()) > viewport) {
            widen(inner - (pager.pagingChromeWidth() + 1), count);
        }
    }

    /** Sets the cards' width so {@code count} of them fill a row of the content's {@code width}. */
    private void widen(double width, int count) {
        double room = width
                - content.snappedLeftInset()
                - content.snappedRightInset()
                - cards.snappedLeftInset()
                - cards.snappedRightInset()
                - Math.max(0, count - 1) * cards.getHgap();
        double card = Math.max(leastCardWidth(), Math.floor(room / count));
        for (Node node : cards.getChildren()) {
            if (node instanceof Region region && region.getPrefWidth() != card) {
                region.setPrefWidth(card);
                region.setMaxWidth(card);
            }
        }
    }

    private double leastCardWidth() {
        return cards.getChildren().isEmpty() ? 0 : cards.getChildren().get(0).minWidth(-1);
    }

    /** Around the content while it does not page: the pager's and the scroll pane's insets. */
    private double frameWidth() {
        return pager.snappedLeftInset()
                + pager.snappedRightInset()
                + pager.scrollPane().snappedLeftInset()
                + pager.scrollPane().snappedRightInset();
    }

    private double chrome() {
        // One pixel more than the sum, so rounding never drops the last card of a row to the next row.
        return snappedLeftInset()
                + snappedRightInset()
                + pager.pagingChromeWidth()
                + content.snappedLeftInset()
                + content.snappedRightInset()
                + cards.snappedLeftInset()
                + cards.snappedRightInset()
                + 1;
    }

    private static VBox card(Catalog catalog, Exercise exercise, int index, String language, FigureStyle style) {
        Step step = exercise.steps().get(index);
        FigureView figure = KeyFrames.viewOfStep(catalog, exercise, index, style);
        figure.getStyleClass().add(Theme.STEP_FIGURE);
        WrappingLabel number = new WrappingLabel(Integer.toString(index + 1), Theme.STEP_NUMBER);
        number.setMinWidth(Region.USE_PREF_SIZE);
        WrappingLabel text = new WrappingLabel(step.text().in(language), Theme.BODY);
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox line = new HBox(number, text);
        line.getStyleClass().add(Theme.STEP_LINE);
        VBox card = new VBox(figure, line);
        card.getStyleClass().add(Theme.STEP_CARD);
        return card;
    }

    void dispose() {
        pager.dispose();
    }
}
