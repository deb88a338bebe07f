package org.physiokiosk.ui.player;

import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.physiokiosk.ui.common.LookToggles;
import org.physiokiosk.ui.common.TopBar;
import org.physiokiosk.ui.i18n.Messages;
import org.physiokiosk.ui.theme.Theme;

/**
 * The display switches inside the player (hostile walk F12): larger text and the languages. They sit in the top
 * corner, as far as the window allows from the button row a patient on the mat reaches for; a tap by mistake costs
 * nothing, since neither switch touches the session: the player shows the same moment in the new words or size. The
 * high-contrast switch stays on the other screens: it repaints the figure in another palette, which the player
 * would have to make anew (decision 0034).
 */
final class PlayerCorner {

    static final String STYLE = "pk-player-corner";
    static final String LANGUAGE = "pk-player-language";

    private final Messages messages;
    private final HBox box = new HBox();
    private Optional<ToggleButton> largeText = Optional.empty();

    /** @param onLanguageChanged called after the patient picked another language (the words are already switched) */
    PlayerCorner(Messages messages, Runnable onLanguageChanged) {
        this.messages = messages;
        box.getStyleClass().addAll(Theme.TOP_BAR_SWITCHES, STYLE);
        box.setMinWidth(Region.USE_PREF_SIZE);
        ToggleGroup group = new ToggleGroup();
        for (String language : Messages.LANGUAGES) {
            box.getChildren().add(languageButton(language, group, onLanguageChanged));
        }
    }

    /** Shows A+ before the languages, switching {@code choice}: the visit's larger-text choice. */
    void offerLargeText(BooleanProperty choice) {
        if (largeText.isEmpty()) {
            largeText = Optional.of(largeTextToggle(choice));
            box.getChildren().add(0, largeText.get());
        }
    }

    HBox view() {
        return box;
    }

    /** After a language switch: the words a screen reader says for A+ (the language names never change). */
    void relabel() {
        largeText.ifPresent(toggle -> toggle.setAccessibleText(messages.get("look.largeText")));
    }

    /**
     * A language by its short name (NL, EN), as the brief of the switch asks: the full names the top bar shows would
     * take the room of the exercise's title at 1280x800 with the larger text. A screen reader says the full name.
     */
    private ToggleButton languageButton(String language, ToggleGroup group, Runnable onLanguageChanged) {
        ToggleButton button = new ToggleButton(messages.get("player.language." + language));
        button.setId(TopBar.LANGUAGE_ID_PREFIX + language);
        button.getStyleClass().addAll(Theme.LANGUAGE_BUTTON, LANGUAGE);
        button.setAccessibleText(messages.get("language." + language));
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setToggleGroup(group);
        button.setSelected(language.equals(messages.language()));
        button.setOnAction(event -> {
            button.setSelected(true); // a second tap on the current language leaves it chosen
            if (!language.equals(messages.language())) {
                messages.setLanguage(language);
                onLanguageChanged.run();
            }
        });
        return button;
    }

    private ToggleButton largeTextToggle(BooleanProperty choice) {
        ToggleButton toggle = new ToggleButton("A+");
        toggle.setId(LookToggles.LARGE_TEXT_ID);
        toggle.getStyleClass().add(Theme.LOOK_TOGGLE);
        toggle.setAccessibleText(messages.get("look.largeText"));
        toggle.setSelected(choice.get());
        // Only the style class on the window's root changes (Look.applyTo): no screen is made anew.
        toggle.setOnAction(event -> choice.set(toggle.isSelected()));
        return toggle;
    }
}
