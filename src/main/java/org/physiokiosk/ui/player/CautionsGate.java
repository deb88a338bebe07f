package org.physiokiosk.ui.player;

import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.physiokiosk.content.LocalizedText;
import org.physiokiosk.ui.common.CautionsBox;
import org.physiokiosk.ui.common.PageScroller;
import org.physiokiosk.ui.common.WrappingLabel;
import org.physiokiosk.ui.i18n.Messages;
import org.physiokiosk.ui.theme.Theme;

/**
 * One exercise's cautions before it starts in a run (decision 0027): the same "Take care" box as on the exercise
 * page and what to tap when one of them rules the exercise out, in a part that pages where it does not fit.
 * Begin waits until its end has been in view, as Start does on the exercise page (decision 0021). A new one for
 * every exercise, so "seen" never carries over to the next.
 */
final class CautionsGate {

    static final String CONTENT = "pk-player-cautions-content";

    private final PageScroller paging;
    private final VBox view;

    CautionsGate(List<LocalizedText> cautions, Messages messages) {
        VBox box = CautionsBox.of(PlayerScreen.CAUTIONS_ID, cautions, messages);
        WrappingLabel choice = new WrappingLabel(messages.get("player.cautions.choice"), Theme.BODY);
        VBox content = new VBox(box, choice);
        content.getStyleClass().add(CONTENT);
        paging = new PageScroller(PlayerScreen.CAUTIONS_ID + "-scroll", content, messages);
        WrappingLabel readAll = new WrappingLabel(messages.get("exercise.readAll"), Theme.NOTICE);
        readAll.setId(PlayerScreen.READ_ALL_ID);
        readAll.visibleProperty().bind(paging.seenEndProperty().not());
        // While the cautions page, the line's room stays when it hides: ▼ stays where the finger is (F22)
        readAll.managedProperty().bind(readAll.visibleProperty().or(paging.pagingProperty()));
        VBox.setVgrow(paging, Priority.ALWAYS);
        view = new VBox(paging, readAll);
        view.getStyleClass().add(CONTENT);
    }

    VBox view() {
        return view;
    }

    /** True once every caution has been on screen. */
    ReadOnlyBooleanProperty seenEnd() {
        return paging.seenEndProperty();
    }

    void dispose() {
        paging.dispose(); // the read-all line's binding holds only this gate's own nodes: it goes with them
    }
}
