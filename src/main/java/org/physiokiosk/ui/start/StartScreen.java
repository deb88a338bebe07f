package org.physiokiosk.ui.start;

import java.util.List;
import javafx.animation.Interpolator;
import javafx.animation.ScaleTransition;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.physiokiosk.ui.common.ClinicName;
import org.physiokiosk.ui.common.Screen;
import org.physiokiosk.ui.common.TapCard;
import org.physiokiosk.ui.common.TopBar;
import org.physiokiosk.ui.common.WrappingLabel;
import org.physiokiosk.ui.i18n.Messages;
import org.physiokiosk.ui.theme.Theme;

/**
 * The attract screen a new patient finds: the clinic's name and "tap to begin" in both languages; the whole
 * screen is one button. The language buttons pick the language first for those who need it. A slow,
 * gentle pulse of the tap sign says the screen is alive; nothing flashes.
 */
public final class StartScreen implements Screen {

    public static final String TAP_ID = "start-tap";
    static final String CLINIC_TEXT = "pk-start-clinic-name";
    static final String CLINIC_SMALLER = "pk-start-clinic-smaller";

    private final TapCard root;
    private final ScaleTransition pulse;

    /**
     * @param otherLanguagesTap "tap to begin" in the languages not selected, so a patient who does not read
     *                          the clinic's language still knows what to do
     * @param toggles           the display switches (high contrast, larger text)
     * @param staffEntries      discreet ways in for staff (the therapist's entry), at the top right; may be empty
     */
    public StartScreen(
            String clinicName,
            Messages messages,
            List<String> otherLanguagesTap,
            String disclaimer,
            List<ToggleButton> toggles,
            List<? extends Node> staffEntries,
            Runnable onLanguageChanged,
            Runnable onBegin) {
        root = new TapCard(messages.get("start.tap"), onBegin);
        root.setId(TAP_ID);
        root.getStyleClass().addAll(Theme.SCREEN, Theme.START_SCREEN);

        FlowPane switches = new FlowPane();
        switches.getStyleClass().add(Theme.START_SWITCHES);
        switches.getChildren().addAll(toggles);
        switches.getChildren().addAll(staffEntries);

        // One line of the large type; a longer name one step smaller on two lines at most (hostile walk F21).
        ClinicName clinic = new ClinicName(clinicName, Theme.START_CLINIC, CLINIC_TEXT, CLINIC_SMALLER, 1, 2);
        WrappingLabel welcome = new WrappingLabel(messages.get("start.welcome"), Theme.START_WELCOME);

        StackPane badge = new StackPane(new WrappingLabel("☝", Theme.START_BADGE_GLYPH));
        badge.getStyleClass().add(Theme.START_BADGE);
        badge.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        WrappingLabel tap = new WrappingLabel(messages.get("start.tap"), Theme.START_TAP);
        VBox call = new VBox(badge, tap);
        call.getStyleClass().add(Theme.START_CALL);
        for (String other : otherLanguagesTap) {
            call.getChildren().add(new WrappingLabel(other, Theme.START_TAP_OTHER));
        }

        FlowPane languages = new FlowPane();
        languages.getStyleClass().add(Theme.START_LANGUAGES);
        for (var button : TopBar.languageButtons(messages, onLanguageChanged)) {
            button.getStyleClass().add(Theme.START_LANGUAGE_BUTTON);
            languages.getChildren().add(button);
        }

        Region above = new Region();
        Region below = new Region();
        VBox.setVgrow(above, Priority.ALWAYS);
        VBox.setVgrow(below, Priority.ALWAYS);
        WrappingLabel note = new WrappingLabel(disclaimer, Theme.NOTICE, Theme.START_DISCLAIMER);
        root.setAlignment(Pos.TOP_CENTER);
        root.getChildren().addAll(switches, above, clinic, welcome, call, languages, below, note);

        pulse = new ScaleTransition(Duration.seconds(2.4), badge);
        pulse.setFromX(1);
        pulse.setFromY(1);
        pulse.setToX(1.08);
        pulse.setToY(1.08);
        pulse.setAutoReverse(true);
        // Three slow swells after the screen appears, then still: an endless pulse repainted the screen 60 times a
        // second all day long, a third of a core on a PC without a GPU (docs/benchmarks.md, "an idle kiosk").
        pulse.setCycleCount(PULSE_SWELLS * 2);
        pulse.setInterpolator(Interpolator.EASE_BOTH);
        pulse.play();
    }

    /** How often the tap sign swells after the screen appears. */
    static final int PULSE_SWELLS = 3;

    @Override
    public boolean isBetweenVisits() {
        return true;
    }

    @Override
    public Parent view() {
        return root;
    }

    @Override
    public void dispose() {
        pulse.stop();
    }
}
