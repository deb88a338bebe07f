package org.physiokiosk.ui.condition;

import java.util.List;
import java.util.Optional;
import javafx.scene.layout.VBox;
import org.physiokiosk.content.JsonName;
import org.physiokiosk.content.RedFlag;
import org.physiokiosk.content.Urgency;
import org.physiokiosk.ui.common.UrgencyMarks;
import org.physiokiosk.ui.common.WrappingLabel;
import org.physiokiosk.ui.i18n.Messages;
import org.physiokiosk.ui.theme.Theme;

/**
 * The red flags of a complaint, grouped by urgency, the most urgent group first, with the safety check's marks
 * (ui.common.UrgencyMarks): each group says in words how urgent it is and only "get help at once" is red with a
 * ⚠, so a sign to see the GP if it lasts does not look like an emergency. Colour is never the only signal.
 */
final class RedFlagBox extends VBox {

    RedFlagBox(List<RedFlag> flags, Messages messages) {
        getStyleClass().add(Theme.RED_FLAGS);
        String language = messages.language();
        Optional<Urgency> mostUrgent = UrgencyMarks.mostUrgent(flags);
        getChildren()
                .add(UrgencyMarks.colour(
                        new WrappingLabel(
                                UrgencyMarks.marked(mostUrgent, messages.get("condition.redFlags.title")),
                                Theme.HEADING),
                        mostUrgent));
        UrgencyMarks.byUrgency(flags).forEach((urgency, group) -> {
            VBox box = UrgencyMarks.group(urgency, messages.get("condition.urgency." + JsonName.of(urgency)));
            for (RedFlag flag : group) {
                String text = flag.text().in(language)
                        + flag.action().map(a -> " " + a.in(language)).orElse("");
                box.getChildren().add(UrgencyMarks.sign(urgency, text, Theme.LIST_ITEM));
            }
            getChildren().add(box);
        });
    }
}
