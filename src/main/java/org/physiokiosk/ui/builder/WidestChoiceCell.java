package org.physiokiosk.ui.builder;

import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import org.physiokiosk.ui.common.TextWidth;

/**
 * A combo box's button cell as wide as its widest choice, whichever is chosen. The box was as wide as the words
 * shown, so on a list of exercise cards the side box of "Afwisselend" was wider than that of "Geen kant" and the
 * fields after it stood in other places on every card. Measured in the cell's own font, so the width follows the
 * language, the theme and the text size; no width is written down.
 */
final class WidestChoiceCell<T> extends ListCell<T> {

    private final ComboBox<T> box;

    private WidestChoiceCell(ComboBox<T> box) {
        this.box = box;
    }

    /** Gives {@code box} a button cell as wide as its widest choice, in its converter's words. */
    static <T> void fit(ComboBox<T> box) {
        box.setButtonCell(new WidestChoiceCell<>(box));
    }

    @Override
    protected void updateItem(T item, boolean empty) {
        super.updateItem(item, empty);
        setText(empty || item == null ? null : box.getConverter().toString(item));
    }

    @Override
    protected double computePrefWidth(double height) {
        double widest = TextWidth.widest(
                box.getItems().stream().map(box.getConverter()::toString).toList(), getFont());
        double around = snappedLeftInset()
                + snappedRightInset()
                + getLabelPadding().getLeft()
                + getLabelPadding().getRight();
        // Never narrower than the chosen words need, should the label measure them otherwise than Text does.
        return Math.max(super.computePrefWidth(height), Math.ceil(around + widest));
    }
}
