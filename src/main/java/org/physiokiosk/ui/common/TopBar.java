package org.physiokiosk.ui.common;

import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.physiokiosk.ui.i18n.Messages;
import org.physiokiosk.ui.theme.Theme;

/**
 * The bar at the top of every patient screen: an optional back button, the clinic's name (wrapping, smaller when
 * long, see {@link ClinicName}), the display switches and the language switch. Each language is named in its own language, so a
 * patient finds theirs. On a narrow screen the name
 * wraps onto more lines; the buttons keep their size.
 */
public final class TopBar {

    public static final String BACK_ID = "back-button";
    public static final String LANGUAGE_ID_PREFIX = "lang-";
    static final String CLINIC_TEXT = "pk-clinic-name-text";
    static final String CLINIC_SMALLER = "pk-clinic-name-smaller";

    private final HBox bar = new HBox();

    public TopBar(String clinicName, Messages messages, Optional<Runnable> onBack, Runnable onLanguageChanged) {
        this(clinicName, messages, onBack, onLanguageChanged, List.of());
    }

    /** {@code extras}: switches shown before the languages, e.g. {@link LookToggles}. */
    public TopBar(
            String clinicName,
            Messages messages,
            Optional<Runnable> onBack,
            Runnable onLanguageChanged,
            List<? extends Node> extras) {
        bar.getStyleClass().add(Theme.TOP_BAR);
        onBack.ifPresent(back -> {
            Button button = new Button("‹  " + messages.get("common.back"));
            button.setId(BACK_ID);
            button.getStyleClass().add(Theme.BACK_BUTTON);
            button.setMinWidth(Region.USE_PREF_SIZE);
            button.setOnAction(event -> back.run());
            bar.getChildren().add(button);
        });
        // Two lines of the usual type; a longer name smaller on three lines at most, so the bar never grows over
        // the screen's title (hostile walk F21: an 80-character name took five lines with larger text).
        ClinicName clinic = new ClinicName(clinicName, Theme.CLINIC_NAME, CLINIC_TEXT, CLINIC_SMALLER, 2, 3);
        clinic.setMinWidth(0);
        clinic.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(clinic, Priority.ALWAYS);

        HBox switches = new HBox();
        switches.getStyleClass().add(Theme.TOP_BAR_SWITCHES);
        switches.getChildren().addAll(extras);
        switches.getChildren().addAll(languageButtons(messages, onLanguageChanged));
        switches.setMinWidth(Region.USE_PREF_SIZE);
        bar.getChildren().addAll(clinic, switches);
    }

    public static List<ToggleButton> languageButtons(Messages messages, Runnable onLanguageChanged) {
        ToggleGroup languages = new ToggleGroup();
        return Messages.LANGUAGES.stream()
                .map(language -> {
                    ToggleButton button = new ToggleButton(messages.get("language." + language));
                    button.setId(LANGUAGE_ID_PREFIX + language);
                    button.getStyleClass().add(Theme.LANGUAGE_BUTTON);
                    button.setMinWidth(Region.USE_PREF_SIZE);
                    button.setToggleGroup(languages);
                    button.setSelected(language.equals(messages.language()));
                    button.setOnAction(event -> {
                        button.setSelected(true);
                        if (!language.equals(messages.language())) {
                            messages.setLanguage(language);
                            onLanguageChanged.run();
                        }
                    });
                    return button;
                })
                .toList();
    }

    public Parent view() {
        return bar;
    }
}
