package org.physiokiosk.ui.exercise;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.Button;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;
import org.physiokiosk.content.LocalizedText;
import org.physiokiosk.ui.common.CautionsBox;
import org.physiokiosk.ui.common.PageScroller;
import org.physiokiosk.ui.common.WrappingLabel;
import org.physiokiosk.ui.i18n.Messages;
import org.physiokiosk.ui.theme.Theme;

/**
 * What to know before pressing Start, in reading order: the dose at the top, the cautions in all the height
 * between, Start at the bottom. Where even the whole height is too little (large text on a small screen), the
 * dose and the cautions page together with their own large arrows, and Start waits until their end has been in
 * view. Where this visit has had them read to the end before (the patient comes back from the player), Start is
 * ready at once.
 */
final class SideColumn extends VBox {

    private final VBox about;
    private final Optional<PageScroller> pager;
    private final Button start;
    /** Set by the layout before this column is laid out: the cautions do not fit whole at its size. */
    private final BooleanProperty overflowing = new SimpleBooleanProperty(this, "overflowing");

    private final Subscription remembering;

    SideColumn(
            String doseLine,
            List<LocalizedText> cautions,
            Messages messages,
            Runnable onStart,
            ExerciseScreen.CautionsRead read) {
        getStyleClass().add(Theme.EXERCISE_SIDE);
        WrappingLabel dose = new WrappingLabel(doseLine, Theme.DOSE_LINE);
        dose.setId(ExerciseScreen.DOSE_ID);
        about = new VBox(dose);
        about.getStyleClass().add(Theme.EXERCISE_SIDE);

        start = new Button("▶  " + messages.get("exercise.start"));
        start.setId(ExerciseScreen.START_ID);
        start.getStyleClass().addAll(Theme.BIG_BUTTON, Theme.MAIN_ACTION);
        start.setWrapText(true);
        start.setMinHeight(Region.USE_PREF_SIZE);
        start.setMaxWidth(Double.MAX_VALUE);

        if (cautions.isEmpty()) {
            start.setOnAction(event -> onStart.run());
            remembering = Subscription.EMPTY;
            pager = Optional.empty();
            VBox.setVgrow(about, Priority.ALWAYS);
            getChildren().addAll(about, start);
            return;
        }
        about.getChildren().add(CautionsBox.of(ExerciseScreen.CAUTIONS_ID, cautions, messages));
        // No smaller than its arrows (PageScroller's least height): with less, its ▼ stood over Start (F22).
        PageScroller paging = new PageScroller(ExerciseScreen.CAUTIONS_ID + "-scroll", about, messages);
        VBox.setVgrow(paging, Priority.ALWAYS);
        WrappingLabel readAll = new WrappingLabel(messages.get("exercise.readAll"), Theme.NOTICE);
        readAll.setId(ExerciseScreen.READ_ALL_ID);
        if (read.already()) {
            readAll.setVisible(false);
        } else {
            // As with the warning signs before the first exercise: Start counts once every caution was on screen.
            start.disableProperty().bind(paging.seenEndProperty().not());
            // Shown as the layout decides, not as the pager measures: a notice that showed until the pager had
            // measured would take the very room the cautions need, and they would never fit.
            readAll.visibleProperty()
                    .bind(overflowing.and(paging.seenEndProperty().not()));
        }
        // Once shown, its room stays when it hides (the cautions read): the cautions' ▼ then stays where it was,
        // disabled, instead of moving down to just above Start under a finger that keeps tapping (F22).
        readAll.managedProperty().bind(read.already() ? readAll.visibleProperty() : overflowing);
        // The visit remembers a read made by paging to the end at once, and one made by reading them whole when
        // Start is pressed (Start is only enabled then); not "they fit", which a first layout pass may guess.
        remembering = paging.pagedToEndProperty().subscribe(paged -> {
            if (paged) {
                read.remember().run();
            }
        });
        start.setOnAction(event -> {
            read.remember().run();
            onStart.run();
        });
        getChildren().addAll(paging, readAll, start);
        pager = Optional.of(paging);
    }

    /**
     * How tall this column must be at {@code width} to show the dose, every caution and Start without paging.
     * Measured on the parts themselves: a scroll pane would answer for its content's unwrapped width.
     */
    double heightFor(double width) {
        double inner = width - snappedLeftInset() - snappedRightInset();
        double frameX = 0;
        double frameY = 0;
        if (pager.isPresent()) {
            PageScroller paging = pager.get();
            frameX = paging.snappedLeftInset()
                    + paging.snappedRightInset()
                    + paging.scrollPane().snappedLeftInset()
                    + paging.scrollPane().snappedRightInset();
            frameY = paging.snappedTopInset()
                    + paging.snappedBottomInset()
                    + paging.scrollPane().snappedTopInset()
                    + paging.scrollPane().snappedBottomInset();
        }
        return snappedTopInset()
                + heightOf(about, inner - frameX)
                + frameY
                + getSpacing()
                + heightOf(start, inner)
                + snappedBottomInset();
    }

    /** As a layout pane sizes a part: its preferred height, but never below its least (Start has a CSS minimum). */
    private static double heightOf(Region part, double width) {
        return Math.max(part.minHeight(width), part.prefHeight(width));
    }

    /** Says whether the cautions fit whole at the size this column is about to be laid out at. */
    void overflowing(boolean value) {
        overflowing.set(value);
    }

    void dispose() {
        remembering.unsubscribe();
        pager.ifPresent(PageScroller::dispose);
    }
}
