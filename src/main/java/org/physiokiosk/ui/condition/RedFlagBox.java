package org.physiokiosk.ui.condition;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.physiokiosk.content.JsonName;
import org.physiokiosk.content.RedFlag;
import org.physiokiosk.content.Urgency;
import org.physiokiosk.ui.common.BulletLine;
import org.physiokiosk.ui.theme.Theme;
import org.physiokiosk.ui.i18n.Messages;

/** The red flags of a complaint, grouped by urgency, the most urgent group first. */
final class RedFlagBox extends VBox {

    RedFlagBox(List<RedFlag> flags, Messages messages) {
        getStyleClass().add(Theme.RED_FLAGS);
        Label title = new Label("⚠  " + messages.get("condition.redFlags.title"));
        title.getStyleClass().add(Theme.HEADING);
        getChildren().add(title);
        Map<Urgency, List<RedFlag>> byUrgency = flags.stream()
                .collect(Collectors.groupingBy(RedFlag::urgency, TreeMap::new, Collectors.toList()));
        byUrgency.forEach((urgency, group) -> {
            VBox box = new VBox();
            box.getStyleClass().addAll(Theme.RED_FLAG_GROUP, Theme.URGENCY_PREFIX + JsonName.of(urgency));
            Label heading = new Label(messages.get("condition.urgency." + JsonName.of(urgency)));
            heading.getStyleClass().add(Theme.RED_FLAG_HEADING);
            box.getChildren().add(heading);
            for (RedFlag flag : group) {
                String language = messages.language();
                String text = flag.text().in(language) + flag.action().map(a -> " " + a.in(language)).orElse("");
                box.getChildren().add(new BulletLine(text));
            }
            getChildren().add(box);
        });
    }
}
