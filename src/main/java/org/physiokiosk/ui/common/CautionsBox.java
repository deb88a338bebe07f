package org.physiokiosk.ui.common;

import java.util.List;
import javafx.scene.layout.VBox;
import org.physiokiosk.content.LocalizedText;
import org.physiokiosk.ui.i18n.Messages;
import org.physiokiosk.ui.theme.Theme;

/**
 * An exercise's "Take care" box, the same on the exercise page and before the exercise in a run. A caution is not
 * an emergency: it carries the calm mark and no red, which mean "get help at once" (decision 0044).
 */
public final class CautionsBox {

    private CautionsBox() {}

    public static VBox of(String id, List<LocalizedText> cautions, Messages messages) {
        VBox box = new VBox(
                new WrappingLabel(UrgencyMarks.CALM_MARK + "  " + messages.get("exercise.cautions"), Theme.HEADING));
        box.setId(id);
        box.getStyleClass().add(Theme.CAUTIONS);
        cautions.forEach(caution -> box.getChildren().add(new BulletLine(caution.in(messages.language()))));
        return box;
    }
}
