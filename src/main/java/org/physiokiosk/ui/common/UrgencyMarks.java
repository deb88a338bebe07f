package org.physiokiosk.ui.common;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.physiokiosk.content.JsonName;
import org.physiokiosk.content.RedFlag;
import org.physiokiosk.content.Urgency;

/**
 * How a warning sign looks follows its urgency, on every screen that shows one (decisions 0037, 0044): red and
 * the ⚠ belong to the signs that need help at once; "call your GP soon" is framed brown and "see your GP if it
 * lasts" grey, both with the calmer ℹ, so a patient who has had back pain for three weeks is not told it is an
 * emergency. Something that stands for a list of signs (a tab, a title, a button) takes the mark of the most
 * urgent sign in it. The colours are in common.css under {@link #styleClass(Urgency)}.
 */
public final class UrgencyMarks {

    /** The framed box of one urgency's signs. */
    public static final String GROUP = "pk-urgency-group";

    public static final String HEADING = "pk-urgency-heading";
    public static final String MARK = "pk-urgency-mark";
    public static final String SIGN_LINE = "pk-urgency-sign-line";

    /** Help at once: drawn red, and only for that. */
    public static final String ALARM_MARK = "⚠";
    /**
     * Every other sign, and an exercise's cautions ("stop if it hurts more"): worth reading, not an emergency. The
     * bundled font draws it as a plain "i".
     */
    public static final String CALM_MARK = "ℹ";

    private UrgencyMarks() {}

    /** The signs by urgency, the most urgent group first; within a group in the content's order. */
    public static Map<Urgency, List<RedFlag>> byUrgency(List<RedFlag> flags) {
        return flags.stream().collect(Collectors.groupingBy(RedFlag::urgency, TreeMap::new, Collectors.toList()));
    }

    /** The urgency of the most urgent sign, none for no signs. */
    public static Optional<Urgency> mostUrgent(List<RedFlag> flags) {
        return flags.stream().map(RedFlag::urgency).min(Urgency::compareTo);
    }

    public static String mark(Urgency urgency) {
        return urgency == Urgency.EMERGENCY ? ALARM_MARK : CALM_MARK;
    }

    /** {@code text} with the mark of {@code urgency} in front, or plain when there is no sign at all. */
    public static String marked(Optional<Urgency> urgency, String text) {
        return urgency.map(u -> mark(u) + "  " + text).orElse(text);
    }

    /** The style class that gives a node the colours of {@code urgency}, e.g. {@code pk-urgency-contact-gp}. */
    public static String styleClass(Urgency urgency) {
        return "pk-urgency-" + JsonName.of(urgency);
    }

    /** Gives {@code node} the colours of the most urgent sign of {@code flags}; returns the node. */
    public static <T extends Node> T colour(T node, Optional<Urgency> urgency) {
        urgency.ifPresent(u -> node.getStyleClass().add(styleClass(u)));
        return node;
    }

    /** A framed box for the signs of one urgency, opened by {@code heading} with the urgency's mark. */
    public static VBox group(Urgency urgency, String heading) {
        VBox box = new VBox(new WrappingLabel(mark(urgency) + "  " + heading, HEADING));
        box.getStyleClass().addAll(GROUP, styleClass(urgency));
        return box;
    }

    /** One sign with its mark hanging in front: wrapped lines start under the text, not under the mark. */
    public static HBox sign(Urgency urgency, String text, String textStyle) {
        Label mark = new Label(mark(urgency));
        mark.getStyleClass().addAll(MARK, textStyle);
        mark.setMinWidth(Region.USE_PREF_SIZE);
        WrappingLabel body = new WrappingLabel(text, textStyle);
        HBox.setHgrow(body, Priority.ALWAYS);
        HBox line = new HBox(mark, body);
        line.getStyleClass().add(SIGN_LINE);
        return line;
    }
}
