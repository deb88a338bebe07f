package org.physiokiosk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.physiokiosk.content.Catalog;
import org.physiokiosk.content.ContentLoader;
import org.physiokiosk.ui.start.StartScreen;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The start screen's own words promise nothing the clinic's content may not hold: a clinic whose kiosk has a
 * neck complaint of its own (or only that) must not greet patients with "exercises for back pain". Seen in the
 * stranger's walk with a fourth complaint in the clinic's folder: "Oefeningen en uitleg bij rugklachten" above
 * a neck and shoulder tile. What the kiosk covers is for the complaints' own tiles to say.
 */
class StartWordsFitTheClinicTest {

    private static Catalog neckOnly;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
        Catalog clinic = LongClinicContent.of(
                new ContentLoader().loadBundledAnd(Optional.empty()).catalog());
        neckOnly = LongClinicContent.with(
                clinic,
                clinic.exercises(),
                Map.of(LongClinicContent.CONDITION_ID, LongClinicContent.condition(clinic)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"nl", "en"})
    void theStartScreenNamesNoComplaintOfItsOwn(String language) throws Exception {
        List<String> texts = WaitForAsyncUtils.asyncFx(() -> {
                    Stage stage = new Stage();
                    KioskHarness kiosk = new KioskHarness(neckOnly, language);
                    kiosk.start(stage, 1280, 800);
                    assertThat(kiosk.screen()).isInstanceOf(StartScreen.class);
                    List<String> shown =
                            KioskHarness.visibleTexts(stage.getScene().getRoot());
                    kiosk.app.stop();
                    stage.close();
                    return shown;
                })
                .get();
        assertThat(texts).isNotEmpty();
        for (String text : texts) {
            assertThat(text.toLowerCase(java.util.Locale.ROOT))
                    .as("a start screen of a kiosk without back complaints")
                    .doesNotContainPattern("\\brug|\\bback\\b|lumbago"); // "Terug" is no back
        }
    }
}
