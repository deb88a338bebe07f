package org.physiokiosk.ui.condition;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javafx.scene.layout.VBox;
import org.physiokiosk.content.JsonName;
import org.physiokiosk.content.RedFlag;
import org.physiokiosk.content.Urgency;
import org.physiokiosk.ui.common.BulletLine;
import org.physiokiosk.ui.common.WrappingLabel;
import org.physiokiosk.ui.i18n.Messages;
import org.physiokiosk.ui.theme.Theme;

/**
 * The red flags of a complaint, grouped by urgency, the most urgent group first. Each group says in words
 * how urgent it is, and carries a warning sign: colour is never the only signal.
 */
final class RedFlagBox extends VBox {

    RedFlagBox(List<RedFlag> flags, Messages messages) {
        getStyleClass().add(Theme.RED_FLAGS);
        getChildren().add(new WrappingLabel("⚠  " + messages.get("condition.redFlags.title"), Theme.HEADING));
        Map<Urgency, List<RedFlag>> byUrgency =
                flags.stream().collect(Collectors.groupingBy(RedFlag::urgency, TreeMap::new, Collectors.toList()));
        byUrgency.forEach((urgency, group) -> {
            VBox box = new VBox();
            box.getStyleClass().addAll(Theme.RED_FLAG_GROUP, Theme.URGENCY_PREFIX + JsonName.of(urgency));
            String sign = urgency == Urgency.EMERGENCY ? "⚠  " : "ℹ  ";
            box.getChildren()
                    .add(new WrappingLabel(
                            sign + messages.get("condition.urgency." + JsonName.of(urgency)), Theme.RED_FLAG_HEADING));
            for (RedFlag flag : group) {
                String language = messages.language();
                String text = flag.text().in(language)
                        + flag.action().map(a -> " " + a.in(language)).orElse("");
                box.getChildren().add(new BulletLine(text));
            }
            getChildren().add(box);
        });
    }
}
