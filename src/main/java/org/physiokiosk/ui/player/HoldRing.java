package org.physiokiosk.ui.player;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.shape.Arc;
import javafx.scene.shape.ArcType;
import javafx.scene.shape.Circle;

/**
 * The big countdown: a ring that empties as the time runs out, with the whole seconds left inside. Its look
 * comes from a style class per kind (get ready: a filled disc; hold: a ring; rest and switch side: their
 * own colours), so a patient tells them apart at a glance, not only by the number.
 */
final class HoldRing extends Region {

    static final String STYLE = "pk-player-ring";
    static final String TRACK = "pk-player-ring-track";
    static final String ARC = "pk-player-ring-arc";
    static final String NUMBER = "pk-player-ring-number";
    static final List<String> KINDS = List.of(
            "pk-ring-get-ready", "pk-ring-move", "pk-ring-hold", "pk-ring-rest", "pk-ring-switch", "pk-ring-paused");

    /**
     * The least change of the arc worth a repaint, in degrees: about a pixel along the ring at its full size.
     * A long hold moves the arc by less than that per picture, and every repaint re-rasterises the whole ring.
     */
    private static final double ARC_STEP_DEGREES = 0.5;

    private final Circle track = new Circle();
    private final Arc arc = new Arc();
    private final Label number = new Label();

    HoldRing() {
        getStyleClass().add(STYLE);
        track.getStyleClass().add(TRACK);
        arc.getStyleClass().add(ARC);
        arc.setType(ArcType.OPEN);
        arc.setStartAngle(90);
        number.getStyleClass().add(NUMBER);
        number.setId(PlayerScreen.COUNTDOWN_ID);
        getChildren().addAll(track, arc, number);
    }

    /** @param kind one of {@link #KINDS}; {@code seconds} below 1 hides the number */
    void show(String kind, double remainingFraction, int seconds) {
        if (!getStyleClass().contains(kind)) {
            getStyleClass().removeAll(KINDS);
            getStyleClass().add(kind);
        }
        double length = -360 * remainingFraction; // clockwise from twelve o'clock, shrinking back to it
        boolean atAnEnd = remainingFraction <= 0 || remainingFraction >= 1;
        if (atAnEnd || Math.abs(length - arc.getLength()) >= ARC_STEP_DEGREES) {
            arc.setLength(length);
        }
        String text = seconds > 0 ? Integer.toString(seconds) : "";
        if (!text.equals(number.getText())) {
            number.setText(text);
        }
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth() - snappedLeftInset() - snappedRightInset();
        double h = getHeight() - snappedTopInset() - snappedBottomInset();
        double cx = snappedLeftInset() + w / 2;
        double cy = snappedTopInset() + h / 2;
        double radius = Math.max(0, Math.min(w, h) / 2 - arc.getStrokeWidth() / 2);
        track.setCenterX(cx);
        track.setCenterY(cy);
        track.setRadius(radius);
        arc.setCenterX(cx);
        arc.setCenterY(cy);
        arc.setRadiusX(radius);
        arc.setRadiusY(radius);
        // The number keeps its type size while it fits inside the ring; in a ring that gave way to a held step's
        // words (decision 0049) it is scaled down to fit, never cut to "…" (seen on the kiosk: "12" was "…" at
        // 1280x800 with A+). A scale changes no layout, so the ring is not laid out again for it.
        double inside = Math.max(1, 2 * (radius - arc.getStrokeWidth() / 2));
        double wide = Math.max(number.prefWidth(-1), 1);
        double high = Math.max(number.prefHeight(wide), 1);
        double fit = Math.min(1, Math.min(inside / wide, inside / high));
        number.resizeRelocate(cx - wide / 2, cy - high / 2, wide, high);
        number.setScaleX(fit);
        number.setScaleY(fit);
    }
}
