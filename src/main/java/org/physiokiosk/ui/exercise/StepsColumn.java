package org.physiokiosk.ui.exercise;

import java.util.ArrayList;
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
 * the column's left edge, away from the side column, so the arrows plainly move the cards beside them. Where the
 * cards leave height over, their pictures grow into it (up to a 4:3 frame), so few steps do not leave an empty
 * band.
 */
final class StepsColumn extends VBox {

    /** A picture grows at most to this share of its width: taller, a figure would only gain empty paper. */
    private static final double FIGURE_MOST_RATIO = 0.75;
    /** Grown pictures stop this short of the room, so rounding never makes the cards page. */
    private static final double SLACK = 2;

    private final FlowPane cards = new FlowPane();
    private final List<Region> figures = new ArrayList<>();
    /** How much taller than their least height the pictures now are (all the same). */
    private double grown;

    private final VBox content = new VBox(cards);
    private final PageScroller pager;
    private final WrappingLabel heading;

    StepsColumn(Catalog catalog, Exercise exercise, Messages messages, FigureStyle style) {
        String language = messages.language();
        cards.setId(ExerciseScreen.STEPS_ID);
        cards.getStyleClass().add(Theme.CARD_FLOW);
        List<Step> steps = exercise.steps();
        for (int i = 0; i < steps.size(); i++) {
            FigureView figure = KeyFrames.viewOfStep(catalog, exercise, i, style);
            figure.getStyleClass().add(Theme.STEP_FIGURE);
            // Its least height (the stylesheet's -fx-min-height) until the layout grows it.
            figure.setPrefHeight(0);
            figures.add(figure);
            cards.getChildren().add(card(figure, steps.get(i), i, language));
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
     * page where narrower ones do not, so the arrows cannot come and go from one pass to the next. Cards that do
     * not page share the height they leave among their pictures, a row at a time.
     *
     * @return the height the column uses: all of {@code height} where the cards page, else the cards' own
     */
    double fit(double width, double height, int count) {
        double inner = width - snappedLeftInset() - snappedRightInset();
        widen(inner - frameWidth(), count);
        double around = snappedTopInset()
                + snappedBottomInset()
                + heading.prefHeight(inner)
                + getSpacing()
                + pager.snappedTopInset()
                + pager.snappedBottomInset()
                + pager.scrollPane().snappedTopInset()
                + pager.scrollPane().snappedBottomInset();
        double viewport = height - around;
        int rows = (figures.size() + count - 1) / Math.max(1, count);
        // Measured with the pictures as they are, less what they have grown: setting them back first and then
        // growing them again would change them twice a pass, and ask for another pass, at every pulse.
        double natural = content.prefHeight(inner - frameWidth()) - rows * grown;
        if (natural > viewport) {
            grow(0);
            widen(inner - (pager.pagingChromeWidth() + 1), count);
            return height;
        }
        grow(Math.floor((viewport - natural - SLACK) / Math.max(1, rows)));
        return Math.min(height, around + natural + rows * grown + SLACK);
    }

    /** Every picture this much taller than its least height, but no taller than its frame's share of its width. */
    private void grow(double extra) {
        double most = extra;
        if (!cards.getChildren().isEmpty() && cards.getChildren().get(0) instanceof Region card) {
            double frame = card.getPrefWidth() - card.snappedLeftInset() - card.snappedRightInset();
            for (Region figure : figures) {
                most = Math.min(most, Math.floor(frame * FIGURE_MOST_RATIO) - figure.minHeight(-1));
            }
        }
        grown = Math.max(0, most);
        for (Region figure : figures) {
            double wanted = figure.minHeight(-1) + grown;
            if (figure.getPrefHeight() != wanted) {
                figure.setPrefHeight(wanted);
            }
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

    private static VBox card(FigureView figure, Step step, int index, String language) {
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
