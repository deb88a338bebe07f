package org.physiokiosk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.physiokiosk.content.Catalog;
import org.physiokiosk.content.ContentLoader;
import org.physiokiosk.kiosk.AppFolders;
import org.physiokiosk.program.CodePolicy;
import org.physiokiosk.program.FileCodeIndex;
import org.physiokiosk.program.FileProgramStore;
import org.physiokiosk.program.IssuedCode;
import org.physiokiosk.program.Program;
import org.physiokiosk.program.ProgramItem;
import org.physiokiosk.testing.TempFolders;
import org.physiokiosk.ui.code.CodeKeypadScreen;
import org.physiokiosk.ui.code.ProgramScreen;
import org.physiokiosk.ui.common.TopBar;
import org.physiokiosk.ui.condition.ConditionTab;
import org.physiokiosk.ui.safety.SafetyAdviceScreen;
import org.physiokiosk.ui.safety.SafetyScreen;
import org.physiokiosk.ui.theme.Theme;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Finding F6: tapping through the screens, the top bar hopped 8-12 px (the complaints, a complaint page and the
 * keypad each put it elsewhere). Here the back button and the bar are measured in the window on every patient
 * screen that has them, and must stand at one place with one size, in both text sizes.
 */
class TopBarPlaceTest {

    private static Catalog bundled;
    private static Path data;
    private static IssuedCode code;

    @BeforeAll
    static void toolkitAndAProgram() throws Exception {
        FxToolkit.registerPrimaryStage();
        bundled = new ContentLoader().loadBundledAnd(Optional.empty()).catalog();
        data = TempFolders.create("top-bar");
        FileProgramStore store = new FileProgramStore(data.resolve("programs"));
        FileCodeIndex codes = new FileCodeIndex(data.resolve(FileCodeIndex.FILE_NAME), store, CodePolicy.DEFAULT);
        String exercise = bundled.conditions().get("sciatica").exercises().get(0);
        Program program = store.save(new Program(
                Optional.empty(),
                0,
                "Rug, week 1",
                Optional.empty(),
                "M. de Vries",
                LocalDate.now(),
                Optional.of(LocalDate.now().plusWeeks(4)),
                "",
                "nl",
                List.of(new ProgramItem(
                        exercise, bundled.exercises().get(exercise).dose(), 5, ""))));
        code = codes.issueCode(program.id().orElseThrow(), LocalDate.now());
    }

    @AfterAll
    static void removeFolder() {
        TempFolders.remove(data);
    }

    @ParameterizedTest
    @CsvSource({"1280, 800, nl", "1280, 800, en", "1366, 768, nl", "1920, 1080, en", "1080, 1920, nl"})
    void theBackButtonAndTheBarStandAtOnePlaceOnEveryScreen(double width, double height, String language)
            throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
                    Stage stage = new Stage();
                    KioskHarness kiosk = new KioskHarness(bundled, language, new AppFolders(data));
                    kiosk.start(stage, width, height);
                    for (boolean largeText : List.of(false, true)) {
                        assertOnePlace(
                                kiosk,
                                stage.getScene(),
                                largeText,
                                "%.0fx%.0f %s%s".formatted(width, height, language, largeText ? " A+" : ""));
                    }
                    kiosk.app.stop();
                    stage.close();
                })
                .get();
    }

    private static void assertOnePlace(KioskHarness kiosk, Scene scene, boolean largeText, String what) {
        kiosk.flow().resetVisit();
        kiosk.flow().look().largeTextProperty().set(largeText);
        Map<String, Bounds> backs = new LinkedHashMap<>();
        Map<String, Bounds> bars = new LinkedHashMap<>();
        var condition = bundled.conditions().get("sciatica");
        kiosk.flow().showHome();
        measure(scene, "complaints", backs, bars);
        kiosk.flow().showCondition(condition);
        for (ConditionTab tab : ConditionTab.values()) {
            ScreenTourTest.fire(scene, "#" + tab.buttonId());
            measure(scene, "complaint page, " + tab, backs, bars);
        }
        ScreenTourTest.fire(scene, "#exercise-" + condition.exercises().get(0));
        measure(scene, "safety check", backs, bars);
        KioskHarness.readToTheEnd(scene);
        ScreenTourTest.fire(scene, "#" + SafetyScreen.CONFIRM_ID);
        measure(scene, "exercise page", backs, bars);
        kiosk.flow().showCodeKeypad();
        measure(scene, "code keypad", backs, bars);
        for (char symbol : code.code().value().toCharArray()) {
            ScreenTourTest.fire(scene, "#" + CodeKeypadScreen.KEY_ID_PREFIX + symbol);
        }
        ScreenTourTest.fire(scene, "#" + CodeKeypadScreen.OK_ID);
        assertThat(kiosk.screen()).isInstanceOf(ProgramScreen.class);
        measure(scene, "program", backs, bars);
        kiosk.flow().resetVisit(); // a new visit asks the safety check again; the reset also puts the text size back
        kiosk.flow().look().largeTextProperty().set(largeText);
        kiosk.flow().showCondition(condition);
        ScreenTourTest.fire(scene, "#" + ConditionTab.EXERCISES.buttonId());
        ScreenTourTest.fire(scene, "#exercise-" + condition.exercises().get(0));
        ScreenTourTest.fire(scene, "#" + SafetyScreen.APPLIES_ID);
        assertThat(kiosk.screen()).isInstanceOf(SafetyAdviceScreen.class);
        measure(scene, "safety advice (no back button)", backs, bars);

        assertThat(backs).hasSize(9);
        Bounds home = backs.get("complaints");
        assertThat(home.getMinY())
                .as("%s: the back button keeps a margin from the top", what)
                .isPositive();
        backs.forEach((screen, bounds) -> assertThat(bounds)
                .as("%s: the back button on the %s, against the complaints", what, screen)
                .isEqualTo(home));
        Bounds bar = bars.get("complaints");
        bars.forEach((screen, bounds) -> assertThat(new double[] {bounds.getMinY(), bounds.getHeight()})
                .as("%s: the top bar's top and height on the %s", what, screen)
                .containsExactly(bar.getMinY(), bar.getHeight()));
    }

    private static void measure(Scene scene, String screen, Map<String, Bounds> backs, Map<String, Bounds> bars) {
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        Node back = scene.lookup("#" + TopBar.BACK_ID);
        if (back != null) {
            backs.put(screen, rounded(back.localToScene(back.getLayoutBounds())));
        }
        Node bar = scene.lookup("." + Theme.TOP_BAR);
        assertThat(bar).as("a top bar on the %s", screen).isNotNull();
        bars.put(screen, rounded(bar.localToScene(bar.getLayoutBounds())));
    }

    /** To a tenth of a pixel: layouts snap to pixels, a difference below that is none a patient sees. */
    private static Bounds rounded(Bounds b) {
        return new BoundingBox(
                Math.round(b.getMinX() * 10) / 10.0,
                Math.round(b.getMinY() * 10) / 10.0,
                Math.round(b.getWidth() * 10) / 10.0,
                Math.round(b.getHeight() * 10) / 10.0);
    }
}
