package org.physiokiosk.ui.player;

import java.util.List;
import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;
import org.physiokiosk.content.LocalizedText;
import org.physiokiosk.player.PlayerState;
import org.physiokiosk.ui.common.PageScroller;
import org.physiokiosk.ui.i18n.Messages;

/**
 * The player's words and countdown, one above the other: the heading (what to do now), the step text in a part
 * that pages where it does not fit (or, at an exercise's cautions, the cautions in its place, decision 0027), and
 * the countdown ring in a room that holds its end-of-countdown swell. The step text comes before the ring's size
 * (decision 0049): the ring gives way, down to its least size, before a line of the text goes below the fold.
 */
final class WordsColumn extends VBox {

    static final String HEADING = "pk-player-heading";
    static final String HEADING_GLOW = "pk-player-heading-glow";
    static final String STEP_TEXT = "pk-player-step-text";
    /** How much larger the ring grows at the top of the end-of-countdown pulse. */
    private static final double PULSE_GROWTH = 0.12;

    private final Messages messages;
    private final PlayerControls controls;
    private final Label heading = PlayerLayout.label(HEADING, PlayerScreen.PHASE_ID);
    /** Behind the heading, seen only during the pulse: a glow that changes no size, so it can reach over nothing. */
    private final Region headingGlow = new Region();

    private final StackPane headingBox = new StackPane(headingGlow, heading);
    private final Label stepText = PlayerLayout.label(STEP_TEXT, PlayerScreen.STEP_TEXT_ID);
    private final VBox words = new VBox(stepText);
    private final PageScroller stepPaging;
    private final StackPane body = new StackPane();
    private final HoldRing ring = new HoldRing();
    private final SwellRoom ringRoom = new SwellRoom(ring, PULSE_GROWTH);
    private CautionsGate gate;
    /** The exercise whose cautions the gate shows, -1 when none is shown. */
    private int gateExercise = -1;

    private List<LocalizedText> gateCautions = List.of();
    private Subscription gateSeen = Subscription.EMPTY;

    WordsColumn(Messages messages, PlayerControls controls) {
        this.messages = messages;
        this.controls = controls;
        getStyleClass().add(PlayerLayout.INFO);
        words.getStyleClass().add(PlayerLayout.INFO);
        stepPaging = new PageScroller(PlayerScreen.STEP_TEXT_ID + "-scroll", words, messages).keepArrowsRoom();
        body.getChildren().setAll(stepPaging);
        // No lower than the step text's pager needs for its arrows: lower, the pager, centred in the body, stood
        // out over the heading above it (1280x800 with the larger text); the ring's room gives way instead.
        body.setMinHeight(Region.USE_COMPUTED_SIZE);
        headingGlow.getStyleClass().add(HEADING_GLOW);
        headingGlow.setOpacity(0);
        headingGlow.setMouseTransparent(true);
        getChildren().addAll(headingBox, body, ringRoom);
        ringRoom.visibleProperty().bind(ring.visibleProperty());
        ringRoom.managedProperty().bind(ring.visibleProperty());
        VBox.setVgrow(ringRoom, Priority.SOMETIMES);
    }

    void show(PlayerState state, PhaseWords phaseWords) {
        PlayerLayout.setText(heading, phaseWords.heading(state));
        boolean waiting = state.waitingAtCautions();
        showGate(waiting ? state.exerciseIndex() : -1, state.cautions());
        PlayerLayout.setText(stepText, phaseWords.instruction(state));
        // While moving the figure sets the pace: no ring.
        ring.setVisible(!waiting && PhaseWords.showsSeconds(state));
        ring.show(PhaseWords.ringKind(state), state.remainingFraction(), state.secondsLeft());
    }

    /** The glow behind the heading and the ring's swell at {@code strength} (0 to 1) of the end-of-countdown pulse. */
    void pulse(double strength) {
        headingGlow.setOpacity(strength);
        ringRoom.swell(1 + PULSE_GROWTH * strength);
    }

    /** After a language switch: a gate's cautions shown anew, so they are read in the language the patient can read. */
    void relabel() {
        if (gateExercise >= 0) {
            int exercise = gateExercise;
            List<LocalizedText> cautions = gateCautions;
            showGate(-1, List.of());
            showGate(exercise, cautions);
        }
    }

    void dispose() {
        stepPaging.dispose();
        showGate(-1, List.of());
    }

    /**
     * Whether the heading, the whole step text and the countdown at its least size fit {@code width} x
     * {@code height} (this column's outer size): whether a step text that holds can stand whole in view.
     */
    boolean fitsWhole(double width, double height) {
        double inner = width - snappedLeftInset() - snappedRightInset();
        double room = height - snappedTopInset() - snappedBottomInset() - 2 * snapSpaceY(getSpacing());
        return headingBox.prefHeight(inner) + bodyNeeds(inner) + ringRoom.minHeight(inner) <= room;
    }

    /**
     * The heading, then the step text as tall as its whole text needs, then (in a countdown) the ring as large as
     * what is left allows, between its least and its own size; the step text pages only when the ring is at its
     * least, or when there is no ring, at the column's end. A VBox gave the text its pager's own preferred height,
     * which is short of the text (2 px at 1920x1080; a whole line while moving at 1280x800 with A+), and shrank
     * every child alike: ▼ stood active under text that had room to stand whole (seen on the kiosk).
     */
    @Override
    protected void layoutChildren() {
        if (gate != null) {
            super.layoutChildren(); // the cautions take the rest of the column: their own height does not matter
            return;
        }
        boolean ringShown = ringRoom.isManaged();
        double left = snappedLeftInset();
        double width = getWidth() - left - snappedRightInset();
        double space = snapSpaceY(getSpacing());
        double free = getHeight() - snappedTopInset() - snappedBottomInset() - (ringShown ? 2 : 1) * space;
        double headingHeight = snapSizeY(headingBox.prefHeight(width));
        free -= headingHeight;
        double needs = snapSizeY(bodyNeeds(width));
        double ringHeight = ringShown
                ? snapSizeY(Math.max(ringRoom.minHeight(width), Math.min(ringRoom.prefHeight(width), free - needs)))
                : 0;
        double bodyHeight = Math.max(body.minHeight(width), Math.min(needs, free - ringHeight));
        double y = snappedTopInset();
        layoutInArea(headingBox, left, y, width, headingHeight, 0, HPos.CENTER, VPos.TOP);
        y += headingHeight + space;
        layoutInArea(body, left, y, width, bodyHeight, 0, HPos.CENTER, VPos.TOP);
        if (ringShown) {
            layoutInArea(ringRoom, left, y + bodyHeight + space, width, ringHeight, 0, HPos.CENTER, VPos.TOP);
        }
    }

    /**
     * What the step text's part takes at this column's inner {@code width}: its whole text, and never less than its
     * least height. A short text in a part whose least height is taller left the ring its own size, and the part's
     * least height then pushed the ring over the button row (1280x800, "get ready", seen in LongExerciseLayoutTest).
     */
    private double bodyNeeds(double width) {
        return Math.max(textNeeds(width), body.minHeight(width));
    }

    /** The step text's pager's height for the whole text at this column's inner {@code width}. */
    private double textNeeds(double width) {
        ScrollPane scroll = stepPaging.scrollPane();
        double chrome = stepPaging.pagingChromeWidth();
        return stepPaging.snappedTopInset()
                + stepPaging.snappedBottomInset()
                + scroll.snappedTopInset()
                + scroll.snappedBottomInset()
                + words.prefHeight(width - chrome);
    }

    /**
     * The cautions of exercise {@code exercise} in the step text's place, or (-1) the step text back. A new gate
     * per exercise: what was read before one exercise says nothing about the next one's cautions.
     */
    private void showGate(int exercise, List<LocalizedText> cautions) {
        if (exercise == gateExercise) {
            return;
        }
        gateExercise = exercise;
        gateCautions = cautions;
        gateSeen.unsubscribe();
        gateSeen = Subscription.EMPTY;
        if (gate != null) {
            gate.dispose();
            gate = null;
        }
        controls.showGate(exercise >= 0);
        // At the gate the cautions take the countdown's room too; in a step the words keep their own height.
        VBox.setVgrow(body, exercise >= 0 ? Priority.ALWAYS : null);
        if (exercise < 0) {
            body.getChildren().setAll(stepPaging);
            controls.allowBegin(true);
            return;
        }
        gate = new CautionsGate(cautions, messages);
        body.getChildren().setAll(gate.view());
        gateSeen = gate.seenEnd().subscribe(controls::allowBegin);
    }
}
