package org.physiokiosk.ui.common;

import java.util.Optional;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.physiokiosk.ui.i18n.Messages;
import org.physiokiosk.ui.theme.Theme;

/**
 * The bar at the top of every patient screen: an optional back button, the clinic's name and the
 * language switch. Each language is named in its own language, so a patient finds theirs.
 */
public final class TopBar {

    public static final String BACK_ID = "back-button";
    public static final String LANGUAGE_ID_PREFIX = "language-";

    private final HBox bar = new HBox();

    public TopBar(String clinicName, Messages messages, Optional<Runnable> onBack, Runnable onLanguageChanged) {
        bar.getStyleClass().add(Theme.TOP_BAR);
        onBack.ifPresent(back -> {
            Button button = new Button("‹  " + messages.get("common.back"));
            button.setId(BACK_ID);
            button.getStyleClass().add(Theme.BACK_BUTTON);
            button.setOnAction(event -> back.run());
            bar.getChildren().add(button);
        });
        Label clinic = new Label(clinicName);
        clinic.getStyleClass().add(Theme.CLINIC_NAME);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        bar.getChildren().addAll(clinic, spacer);

        ToggleGroup languages = new ToggleGroup();
        for (String language : Messages.LANGUAGES) {
            ToggleButton button = new ToggleButton(messages.get("language." + language));
            button.setId(LANGUAGE_ID_PREFIX + language);
            button.getStyleClass().add(Theme.LANGUAGE_BUTTON);
            button.setToggleGroup(languages);
            button.setSelected(language.equals(messages.language()));
            button.setOnAction(event -> {
                button.setSelected(true);
                if (!language.equals(messages.language())) {
                    messages.setLanguage(language);
                    onLanguageChanged.run();
                }
            });
            bar.getChildren().add(button);
        }
    }

    public Parent view() {
        return bar;
    }
}
