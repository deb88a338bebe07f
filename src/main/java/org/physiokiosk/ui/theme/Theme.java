package org.physiokiosk.ui.theme;

import java.util.List;
import java.util.Objects;
import javafx.scene.Scene;
import javafx.scene.text.Font;

/**
 * The look: one token stylesheet (colours and sizes as looked-up values) plus one stylesheet per screen,
 * and the bundled Atkinson Hyperlegible font, made for low-vision readers. Style class names live here as
 * constants so Java code never spells a colour or a pixel size.
 */
public final class Theme {

    public static final String FONT_FAMILY = "Atkinson Hyperlegible";

    public static final String SCREEN = "pk-screen";
    public static final String TOP_BAR = "pk-top-bar";
    public static final String TITLE = "pk-title";
    /**
     * A label that may end in "…" on purpose, its whole text readable elsewhere (an exercise's long clinic name:
     * three lines at most on its page, whole on its card and in the player). Layout checks let it be cut short.
     */
    public static final String SHORTENED = "pk-shortened";

    public static final String SUBTITLE = "pk-subtitle";
    public static final String HEADING = "pk-heading";
    public static final String BODY = "pk-body";
    public static final String TILE = "pk-tile";
    public static final String TILE_TITLE = "pk-tile-title";
    public static final String TILE_TEXT = "pk-tile-text";
    public static final String BIG_BUTTON = "pk-big-button";
    public static final String BACK_BUTTON = "pk-back-button";
    public static final String LANGUAGE_BUTTON = "pk-language-button";
    public static final String CLINIC_NAME = "pk-clinic-name";
    public static final String NOTICE = "pk-notice";
    public static final String RED_FLAGS = "pk-red-flags";
    public static final String CARD = "pk-card";
    public static final String LIST_ITEM = "pk-list-item";
    public static final String BULLET_LINE = "pk-bullet-line";
    public static final String EXERCISE_CARD = "pk-exercise-card";
    public static final String EXERCISE_FIGURE = "pk-exercise-figure";
    public static final String EXERCISE_TITLE = "pk-exercise-title";
    public static final String EXERCISE_SUMMARY = "pk-exercise-summary";
    public static final String TILE_FIGURE = "pk-tile-figure";
    public static final String MESSAGE = "pk-message";

    /** On the window's root: the second token set of tokens.css, and the larger base text size. */
    public static final String HIGH_CONTRAST = "pk-high-contrast";

    public static final String LARGE_TEXT = "pk-large-text";

    public static final String TOP_BAR_SWITCHES = "pk-top-bar-switches";
    public static final String LOOK_TOGGLE = "pk-look-toggle";
    public static final String MAIN_ACTION = "pk-main-action";
    public static final String ALARM_BUTTON = "pk-alarm-button";
    public static final String PAGE_SCROLLER = "pk-page-scroller";
    public static final String PAGE_ARROWS = "pk-page-arrows";
    public static final String PAGE_ARROW = "pk-page-arrow";
    public static final String PART = "pk-part";
    public static final String CARD_FLOW = "pk-card-flow";
    public static final String BOTTOM_BAR = "pk-bottom-bar";

    public static final String START_SCREEN = "pk-start-screen";
    public static final String START_SWITCHES = "pk-start-switches";
    public static final String START_CLINIC = "pk-start-clinic";
    public static final String START_WELCOME = "pk-start-welcome";
    public static final String START_CALL = "pk-start-call";
    public static final String START_BADGE = "pk-start-badge";
    public static final String START_BADGE_GLYPH = "pk-start-badge-glyph";
    public static final String START_TAP = "pk-start-tap";
    public static final String START_TAP_OTHER = "pk-start-tap-other";
    public static final String START_LANGUAGES = "pk-start-languages";
    public static final String START_LANGUAGE_BUTTON = "pk-start-language-button";
    public static final String START_DISCLAIMER = "pk-start-disclaimer";

    public static final String TILE_GRID = "pk-tile-grid";

    public static final String CONDITION_SCREEN = "pk-condition-screen";
    public static final String TAB_BAR = "pk-tab-bar";
    public static final String TAB_BUTTON = "pk-tab-button";
    public static final String TAB_WARNINGS = "pk-tab-warnings";

    public static final String SAFETY_SCREEN = "pk-safety-screen";
    public static final String SAFETY_SIGNS = "pk-safety-signs";
    public static final String SAFETY_SIGN = "pk-safety-sign";
    public static final String ANSWERS = "pk-answers";

    public static final String EXERCISE_SCREEN = "pk-exercise-screen";
    public static final String DOSE_LINE = "pk-dose-line";
    public static final String EXERCISE_SIDE = "pk-exercise-side";
    public static final String EXERCISE_BODY = "pk-exercise-body";
    public static final String CAUTIONS = "pk-cautions";
    public static final String STEP_CARD = "pk-step-card";
    public static final String STEP_FIGURE = "pk-step-figure";
    public static final String STEP_LINE = "pk-step-line";
    public static final String STEP_NUMBER = "pk-step-number";

    public static final String IDLE_SCRIM = "pk-idle-scrim";
    public static final String IDLE_PANEL = "pk-idle-panel";
    public static final String IDLE_COUNTDOWN = "pk-idle-countdown";

    private static final List<String> FONTS =
            List.of("AtkinsonHyperlegible_400Regular.ttf", "AtkinsonHyperlegible_700Bold.ttf");
    /**
     * The build writes each one also as binary {@code .bss} (src/build/java/BinaryStylesheets.java), which JavaFX
     * loads in its place: a start without the CSS parser.
     */
    static final List<String> STYLESHEETS = List.of(
            "tokens.css",
            "common.css",
            "start.css",
            "home.css",
            "condition.css",
            "safety.css",
            "exercise.css",
            "idle.css",
            "player.css",
            "builder.css",
            "code.css");

    private Theme() {}

    /** Registers the bundled fonts with JavaFX; safe to call more than once. */
    public static void loadFonts() {
        for (String font : FONTS) {
            var stream = Theme.class.getResourceAsStream("/org/physiokiosk/fonts/" + font);
            if (stream != null) {
                try (stream) {
                    Font.loadFont(stream, 20);
                } catch (java.io.IOException e) {
                    // The system font is a readable fallback; the kiosk still starts, but staff should know.
                    java.util.logging.Logger.getLogger(Theme.class.getName())
                            .warning(() -> "the bundled font " + font + " could not be read (" + e.getMessage()
                                    + "); using a system font");
                }
            }
        }
    }

    public static void apply(Scene scene) {
        for (String sheet : STYLESHEETS) {
            String url = Objects.requireNonNull(Theme.class.getResource(sheet), sheet)
                    .toExternalForm();
            scene.getStylesheets().add(url);
        }
    }
}
