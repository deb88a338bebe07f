package org.physiokiosk.ui.safety;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.physiokiosk.content.JsonName;
import org.physiokiosk.content.RedFlag;
import org.physiokiosk.content.Urgency;
import org.physiokiosk.ui.common.WrappingLabel;
import org.physiokiosk.ui.theme.Theme;

/**
 * How a warning sign looks follows its urgency: the ⚠ and the red belong to the signs that need help at once;
 * "call your GP soon" and "see your GP if it lasts" get a calmer mark, so a patient who has had back pain for
 * three weeks is not told it is an emergency (hostile walk F27). The same marks as the complaint page's.
 */
final class UrgencyMarks {

    static final String GROUP = "pk-safety-group";
    static final String GROUP_HEADING = "pk-safety-group-heading";
    static final String MARK = "pk-safety-mark";
    static final String SIGN_LINE = "pk-safety-sign-line";
    static final String TELL_NOW = "pk-safety-tell-now";

    private UrgencyMarks() {}

    /** The signs by urgency, the most urgent group first; within a group in the content's order. */
    static Map<Urgency, List<RedFlag>> byUrgency(List<RedFlag> flags) {
        return flags.stream().collect(Collectors.groupingBy(RedFlag::urgency, TreeMap::new, Collectors.toList()));
    }

    static String mark(Urgency urgency) {
        return urgency == Urgency.EMERGENCY ? "⚠" : "ℹ";
    }

    /** Urgent: the patient should not leave the waiting room without telling someone. */
    static boolean tellTheDeskNow(Urgency urgency) {
        return urgency == Urgency.EMERGENCY || urgency == Urgency.CONTACT_GP;
    }

    static String groupKey(Urgency urgency) {
        return "safety.group." + JsonName.of(urgency);
    }

    /** One sign with its mark hanging in front: wrapped lines start under the text, not under the mark. */
    static HBox sign(Urgency urgency, String text) {
        Label mark = new Label(mark(urgency));
        mark.getStyleClass().addAll(MARK, Theme.SAFETY_SIGN);
        mark.setMinWidth(Region.USE_PREF_SIZE);
        WrappingLabel body = new WrappingLabel(text, Theme.SAFETY_SIGN);
        HBox.setHgrow(body, Priority.ALWAYS);
        HBox line = new HBox(mark, body);
        line.getStyleClass().add(SIGN_LINE);
        return line;
    }
}
