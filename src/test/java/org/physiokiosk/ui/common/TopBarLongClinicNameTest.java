package org.physiokiosk.ui.common;

import java.util.List;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.physiokiosk.testing.LayoutChecks;
import org.physiokiosk.ui.i18n.Messages;
import org.physiokiosk.ui.theme.Look;
import org.physiokiosk.ui.theme.Theme;
import org.testfx.api.FxToolkit;

/**
 * A clinic's real name is often long ("Fysiotherapie en Manuele Therapie Amersfoort-Noord"): it wraps and gives
 * way, and the back button keeps its whole label (a hostile walk saw it squeezed to "…" on every screen: the
 * stylesheet's minimum width of 80 px overrode the button's own "never narrower than its label").
 */
class TopBarLongClinicNameTest {

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @ParameterizedTest
    @ValueSource(strings = {"nl", "en"})
    void theBackButtonAndTheLanguagesKeepTheirWholeLabels(String language) throws Exception {
        FxToolkit.setupFixture(() -> {
            Messages messages = new Messages(language);
            Look look = new Look();
            TopBar bar = new TopBar(
                    "Fysiotherapie en Manuele Therapie Amersfoort-Noord, praktijk voor rug en nek",
                    messages,
                    Optional.of(() -> {}),
                    () -> {},
                    LookToggles.create(look, messages, () -> {}));
            VBox root = new VBox(bar.view());
            Scene scene = new Scene(root, 1280, 800);
            Theme.apply(scene);
            look.largeTextProperty().set(true);
            look.applyTo(root);
            root.applyCss();
            root.layout();
            LayoutChecks.assertNothingCutOrSpilling(root, 1280);
            return List.of();
        });
    }
}
