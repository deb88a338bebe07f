package org.physiokiosk.ui.player;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;
import org.physiokiosk.content.LocalizedText;
import org.physiokiosk.figure.FigureStyle;
import org.physiokiosk.player.PlayerState;
import org.physiokiosk.ui.common.ContentChange;
import org.physiokiosk.ui.common.PageScroller;
import org.physiokiosk.ui.common.UncachedScrollPane;
import org.physiokiosk.ui.figure.FigureView;
import org.physiokiosk.ui.i18n.Messages;
import org.physiokiosk.ui.theme.Theme;

/**
 * Where the player's parts sit. Landscape (1920x1080, 1280x800): the figure on the left, the words and
 * countdown on the right. Portrait (1080x1920): the figure above, the words below. The buttons and the
 * "stop if the pain gets worse" line are always on screen; text wraps, never ends in an ellipsis, and a step
 * text taller than its room pages (with the larger text at 1280x800 one step has six lines), so it never pushes
 * the title, the stop line or the buttons off the window. At an exercise's cautions (decision 0027) they take
 * the step text's place and the countdown's room.
 */
final class PlayerLayout {

    static final String STYLE = "pk-player";
    static final String HEADER = "pk-player-header";
    static final String TITLE = "pk-player-title";
    static final String PROGRESS = "pk-player-progress";
    static final String SAFETY = "pk-player-safety";
    static final String FIGURE = "pk-player-figure";
    static final String INFO = "pk-player-info";
    static final String HEADING = "pk-player-heading";
    static final String HEADING_GLOW = "pk-player-heading-glow";
    static final String STEP_TEXT = "pk-player-step-text";
    static final String BREATH = "pk-player-breath";
    static final String DONE_PAGE = "pk-player-done-page";
    static final String FIGURE_COLUMN = "pk-player-figure-column";
    static final String NEXT_EXERCISE = "pk-player-next-exercise";
    static final String CARD_TOP = "pk-player-card-top";
    /** The share of a landscape window's width the words and countdown take. */
    private static final double INFO_SHARE = 0.42;
    /** How much larger the ring grows at the top of the end-of-countdown pulse. */
    private static final double PULSE_GROWTH = 0.12;

    private final Messages messages;
    private final PlayerControls controls;
    private final PlayerCorner corner;
    private final BorderPane root = new BorderPane();
    private final Label safety = label(SAFETY, PlayerScreen.SAFETY_ID);
    private final Label title = label(TITLE, PlayerScreen.TITLE_ID);
    private final Label progress = label(PROGRESS, null);
    private final Label heading = label(HEADING, PlayerScreen.PHASE_ID);
    /** Behind the heading, seen only during the pulse: a glow that changes no size, so it can reach over nothing. */
    private final Region headingGlow = new Region();

    private final Label stepText = label(STEP_TEXT, PlayerScreen.STEP_TEXT_ID);
    private final Label breath = label(BREATH, PlayerScreen.BREATH_ID);
    private final PageScroller stepPaging;
    private final StackPane body = new StackPane();
    private final Button nextExercise;
    private CautionsGate gate;
    /** The exercise whose cautions the gate shows, -1 when none is shown. */
    private int gateExercise = -1;

    private List<LocalizedText> gateCautions = List.of();

    private Subscription gateSeen = Subscription.EMPTY;
    private final HoldRing ring = new HoldRing();
    private final SwellRoom ringRoom = new SwellRoom(ring, PULSE_GROWTH);
    private final FigureView figure;
    private final StackPane figurePane;
    private final VBox figureColumn = new VBox();
    private final VBox info = new VBox();
    private final CountersBar counters;
    private final HBox landscape = new HBox();
    private final VBox portrait = new VBox();
    private final Subscription subscriptions;
    private Boolean portraitShown;

    PlayerLayout(
            Messages messages,
            PlayerControls controls,
            PlayerCorner corner,
            FigureStyle figureStyle,
            Runnable onNextExercise) {
        this.figure = new FigureView(figureStyle);
        this.figurePane = new StackPane(figure);
        this.messages = messages;
        this.controls = controls;
        this.corner = corner;
        this.counters = new CountersBar(messages);
        root.getStyleClass().addAll(Theme.SCREEN, STYLE);
        safety.setText(messages.get("player.safety"));
        VBox titles = new VBox(title, progress);
        HBox.setHgrow(titles, Priority.ALWAYS);
        // One tap to the next exercise, beside "Exercise 2 of 5" where it belongs, not a sixth button in the row.
        nextExercise = new Button(messages.get("player.button.nextExercise"));
        nextExercise.setId(PlayerScreen.NEXT_EXERCISE_ID);
        nextExercise.getStyleClass().add(NEXT_EXERCISE);
        // One line, never shortened: the title beside it wraps instead.
        nextExercise.setWrapText(false);
        Region nextIcon = new Region();
        nextIcon.getStyleClass().addAll(PlayerControls.ICON, "pk-icon-next");
        nextExercise.setGraphic(nextIcon);
        nextExercise.setMinWidth(Region.USE_PREF_SIZE);
        nextExercise.setOnAction(event -> onNextExercise.run());
        nextExercise.managedProperty().bind(nextExercise.visibleProperty());
        // The switches in the window's corner, as far from the button row as can be (hostile walk F12).
        HBox header = new HBox(titles, nextExercise, corner.view());
        header.getStyleClass().add(HEADER);
        root.setTop(header);

        figurePane.getStyleClass().add(FIGURE);
        VBox.setVgrow(figurePane, Priority.ALWAYS);
        figureColumn.getStyleClass().add(FIGURE_COLUMN);
        // The stop line under the figure, above the button row: the figure shrinks to make room for it; the words
        // and the countdown, whose room is the tightest, keep theirs, and the header keeps the title's width.
        safety.setMaxWidth(Double.MAX_VALUE);
        // The breathing cue under the figure, not under the step text in its pager, where a patient holding a
        // stretch on the floor could not page down to it (seen on the kiosk at 1280x800); the figure gives way.
        breath.setMaxWidth(Double.MAX_VALUE);
        figureColumn.getChildren().addAll(figurePane, breath, counters.view(), safety);
        info.getStyleClass().add(INFO);
        VBox words = new VBox(stepText);
        words.getStyleClass().add(INFO);
        stepPaging = new PageScroller(PlayerScreen.STEP_TEXT_ID + "-scroll", words, messages).keepArrowsRoom();
        body.getChildren().setAll(stepPaging);
        // No lower than the step text's pager needs for its arrows: lower, the pager, centred in the body, stood
        // out over the heading above it (1280x800 with the larger text); the ring's room gives way instead.
        body.setMinHeight(Region.USE_COMPUTED_SIZE);
        // The ring in a room that holds its end-of-countdown swell (see pulse).
        headingGlow.getStyleClass().add(HEADING_GLOW);
        headingGlow.setOpacity(0);
        headingGlow.setMouseTransparent(true);
        info.getChildren().addAll(new StackPane(headingGlow, heading), body, ringRoom);
        ringRoom.visibleProperty().bind(ring.visibleProperty());
        ringRoom.managedProperty().bind(ring.visibleProperty());
        VBox.setVgrow(ringRoom, Priority.SOMETIMES);
        HBox.setHgrow(figureColumn, Priority.ALWAYS);
        VBox.setVgrow(figureColumn, Priority.ALWAYS);
        landscape.getStyleClass().add("pk-player-body");
        portrait.getStyleClass().add("pk-player-body");
        root.setBottom(controls.view());
        subscriptions = root.widthProperty()
                .subscribe(w -> arrange())
                .and(root.heightProperty().subscribe(h -> arrange()));
        arrange();
    }

    BorderPane root() {
        return root;
    }

    FigureView figure() {
        return figure;
    }

    void show(PlayerState state, PhaseWords words) {
        String language = messages.language();
        setText(title, state.exercise().exercise().title().in(language));
        progress.setVisible(state.numberedCount() > 1);
        progress.setManaged(state.numberedCount() > 1);
        setText(progress, messages.format("player.exercise", state.exerciseNumber(), state.numberedCount()));
        setText(heading, words.heading(state));
        boolean waiting = state.waitingAtCautions();
        nextExercise.setVisible(!waiting && state.exerciseIndex() + 1 < state.exerciseCount());
        showGate(waiting ? state.exerciseIndex() : -1, state.cautions());
        setText(stepText, words.instruction(state));
        String breathText = words.breath(state);
        breath.setVisible(!breathText.isEmpty());
        breath.setManaged(!breathText.isEmpty());
        setText(breath, breathText);
        // While moving the figure sets the pace; the ring's place stays, so nothing jumps when a hold starts.
        ring.setVisible(!waiting && PhaseWords.showsSeconds(state));
        counters.view().setVisible(!waiting);
        ring.show(PhaseWords.ringKind(state), state.remainingFraction(), state.secondsLeft());
        counters.show(state);
        controls.showPaused(state.paused());
    }

    /**
     * The visual half of the end-of-countdown cue: a glow comes up behind the heading, which names the new phase,
     * and the ring swells, once, and both settle. The heading keeps its size: swollen, it reached over the step
     * text and out of its column at 1280x800 with the larger text; the ring swells inside the room kept for it.
     * {@code fraction} runs 0 to 1 through the pulse; outside it nothing shows.
     */
    void pulse(double fraction) {
        double strength = fraction <= 0 || fraction >= 1 ? 0 : Math.sin(Math.PI * fraction);
        headingGlow.setOpacity(strength);
        ringRoom.swell(1 + PULSE_GROWTH * strength);
    }

    /**
     * After a language switch: the player's own words in the new language. The step's words follow with the next
     * {@link #show}; a gate's cautions are shown anew, so they are read in the language the patient can read.
     */
    void relabel() {
        safety.setText(messages.get("player.safety"));
        nextExercise.setText(messages.get("player.button.nextExercise"));
        corner.relabel();
        if (gateExercise >= 0) {
            int exercise = gateExercise;
            List<LocalizedText> cautions = gateCautions;
            showGate(-1, List.of());
            showGate(exercise, cautions);
        }
    }

    /** The end: the summary in place of the player, no buttons but its own and the corner's switches. */
    void showWellDone(Node wellDone) {
        StackPane centred = new StackPane(wellDone);
        centred.getStyleClass().add(DONE_PAGE);
        ScrollPane scroll = new UncachedScrollPane(centred);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        HBox top = new HBox(corner.view());
        top.getStyleClass().add(CARD_TOP);
        root.setTop(top);
        root.setCenter(scroll);
        root.setBottom(null);
        ContentChange.announce(root); // a tap meant for the last step must not press the summary's button
    }

    void dispose() {
        subscriptions.unsubscribe();
        stepPaging.dispose();
        showGate(-1, List.of());
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

    private void arrange() {
        if (root.getCenter() instanceof ScrollPane) {
            return;
        }
        boolean tall = root.getHeight() > root.getWidth();
        if (portraitShown != null && portraitShown == tall) {
            if (!tall) {
                info.setPrefWidth(root.getWidth() * INFO_SHARE);
            }
            return;
        }
        portraitShown = tall;
        Pane target = tall ? portrait : landscape;
        target.getChildren().setAll(figureColumn, info);
        info.setPrefWidth(tall ? -1 : root.getWidth() * INFO_SHARE);
        info.setMinWidth(tall ? -1 : 0);
        root.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("portrait"), tall);
        root.setCenter(target);
    }

    private static void setText(Label label, String text) {
        if (!text.equals(label.getText())) {
            label.setText(text);
        }
    }

    private static Label label(String style, String id) {
        Label label = new Label();
        label.getStyleClass().add(style);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        if (id != null) {
            label.setId(id);
        }
        return label;
    }
}
