package org.physiokiosk.ui.player;

import javafx.css.PseudoClass;
import javafx.scene.Node;
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
import org.physiokiosk.figure.FigureStyle;
import org.physiokiosk.player.PlayerState;
import org.physiokiosk.ui.common.ContentChange;
import org.physiokiosk.ui.common.UncachedScrollPane;
import org.physiokiosk.ui.figure.FigureView;
import org.physiokiosk.ui.i18n.Messages;
import org.physiokiosk.ui.theme.Theme;

/**
 * Where the player's parts sit. Landscape (1920x1080, 1280x800): the figure on the left, the words and
 * countdown on the right ({@link SideBySide}). Portrait (1080x1920): the figure above, the words below. The header
 * ({@link PlayerHeader}), the buttons and the "stop if the pain gets worse" line are always on screen; text wraps,
 * never ends in an ellipsis, and a step text taller than its room pages ({@link WordsColumn}), so it never pushes
 * the title, the stop line or the buttons off the window; a held step's text stands whole (decision 0049).
 */
final class PlayerLayout {

    static final String STYLE = "pk-player";
    static final String SAFETY = "pk-player-safety";
    static final String FIGURE = "pk-player-figure";
    static final String INFO = "pk-player-info";
    static final String BREATH = "pk-player-breath";
    static final String DONE_PAGE = "pk-player-done-page";
    static final String FIGURE_COLUMN = "pk-player-figure-column";
    static final String CARD_TOP = "pk-player-card-top";
    static final String BODY = "pk-player-body";
    /**
     * On the figure's column while a step that holds is on screen: the figure's least size gives way to the held
     * step's words (decision 0053), which the patient holding the pose cannot page.
     */
    static final PseudoClass HELD = PseudoClass.getPseudoClass("held");

    private final Messages messages;
    private final PlayerControls controls;
    private final PlayerCorner corner;
    private final PlayerHeader header;
    private final WordsColumn words;
    private final BorderPane root = new BorderPane();
    private final Label safety = label(SAFETY, PlayerScreen.SAFETY_ID);
    private final Label breath = label(BREATH, PlayerScreen.BREATH_ID);
    private final FigureView figure;
    private final VBox figureColumn = new VBox();
    private final CountersBar counters;
    private final SideBySide landscape;
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
        this.messages = messages;
        this.controls = controls;
        this.corner = corner;
        this.counters = new CountersBar(messages);
        this.header = new PlayerHeader(messages, corner, onNextExercise);
        this.words = new WordsColumn(messages, controls);
        root.getStyleClass().addAll(Theme.SCREEN, STYLE);
        safety.setText(messages.get("player.safety"));
        root.setTop(header.view());

        StackPane figurePane = new StackPane(figure);
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
        HBox.setHgrow(figureColumn, Priority.ALWAYS);
        VBox.setVgrow(figureColumn, Priority.ALWAYS);
        landscape = new SideBySide(figureColumn, words, root::getWidth);
        landscape.getStyleClass().add(BODY);
        portrait.getStyleClass().add(BODY);
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

    void show(PlayerState state, PhaseWords phaseWords) {
        header.show(state);
        words.show(state, phaseWords);
        landscape.showHeldStep(state.heldStep());
        figureColumn.pseudoClassStateChanged(HELD, state.heldStep());
        String breathText = phaseWords.breath(state);
        breath.setVisible(!breathText.isEmpty());
        breath.setManaged(!breathText.isEmpty());
        setText(breath, breathText);
        counters.view().setVisible(!state.waitingAtCautions());
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
        words.pulse(fraction <= 0 || fraction >= 1 ? 0 : Math.sin(Math.PI * fraction));
    }

    /**
     * After a language switch: the player's own words in the new language. The step's words follow with the next
     * {@link #show}; a gate's cautions are shown anew, so they are read in the language the patient can read.
     */
    void relabel() {
        safety.setText(messages.get("player.safety"));
        header.relabel();
        corner.relabel();
        words.relabel();
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
        words.dispose();
    }

    private void arrange() {
        if (root.getCenter() instanceof ScrollPane) {
            return;
        }
        boolean tall = root.getHeight() > root.getWidth();
        // The words' own width beside the figure, for what asks this part's preferred size; SideBySide places them.
        words.setPrefWidth(tall ? -1 : root.getWidth() * SideBySide.WORDS_SHARE);
        if (portraitShown != null && portraitShown == tall) {
            return;
        }
        portraitShown = tall;
        Pane target = tall ? portrait : landscape;
        target.getChildren().setAll(figureColumn, words);
        words.setMinWidth(tall ? -1 : 0);
        root.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("portrait"), tall);
        root.setCenter(target);
    }

    static void setText(Label label, String text) {
        if (!text.equals(label.getText())) {
            label.setText(text);
        }
    }

    static Label label(String style, String id) {
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
