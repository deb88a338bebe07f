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
    public static final String RED_FLAG_GROUP = "pk-red-flag-group";
    public static final String RED_FLAG_HEADING = "pk-red-flag-heading";
    public static final String URGENCY_PREFIX = "pk-urgency-";
    public static final String CARD = "pk-card";
    public static final String LIST_ITEM = "pk-list-item";
    public static final String BULLET_LINE = "pk-bullet-line";
    public static final String EXERCISE_CARD = "pk-exercise-card";
    public static final String EXERCISE_FIGURE = "pk-exercise-figure";
    public static final String EXERCISE_TITLE = "pk-exercise-title";
    public static final String EXERCISE_SUMMARY = "pk-exercise-summary";
    public static final String TILE_FIGURE = "pk-tile-figure";
    public static final String MESSAGE = "pk-message";

    private static final List<String> FONTS = List.of("AtkinsonHyperlegible_400Regular.ttf", "AtkinsonHyperlegible_700Bold.ttf");
    private static final List<String> STYLESHEETS = List.of("tokens.css", "common.css", "home.css", "condition.css", "player.css",
            "builder.css");

    private Theme() {
    }

    /** Registers the bundled fonts with JavaFX; safe to call more than once. */
    public static void loadFonts() {
        for (String font : FONTS) {
            var stream = Theme.class.getResourceAsStream("/org/physiokiosk/fonts/" + font);
            if (stream != null) {
                try (stream) {
                    Font.loadFont(stream, 20);
                } catch (java.io.IOException e) {
                    // The system font is a readable fallback; the kiosk still starts.
                }
            }
        }
    }

    public static void apply(Scene scene) {
        for (String sheet : STYLESHEETS) {
            String url = Objects.requireNonNull(Theme.class.getResource(sheet), sheet).toExternalForm();
            scene.getStylesheets().add(url);
        }
    }
}
