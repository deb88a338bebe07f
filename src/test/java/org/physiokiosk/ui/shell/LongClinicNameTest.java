package org.physiokiosk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.physiokiosk.content.Catalog;
import org.physiokiosk.content.ContentLoader;
import org.physiokiosk.kiosk.AppFolders;
import org.physiokiosk.kiosk.SettingsFile;
import org.physiokiosk.testing.LayoutChecks;
import org.physiokiosk.ui.theme.Theme;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Hostile walk F21: a clinic's real name is often long, and the set-up screen took any length; at 1280x800 the
 * start screen then ran past both edges (◐/A+ cut at the top, the disclaimer at the bottom). The start screen fits
 * whole with names of 49 and 80 characters (the limit) and even with 97 (a name that only a program could still
 * hand it): the name takes at most two lines, one size smaller when the large type needs more, and only a name
 * too long even then ends in "…". The top bar of the other screens keeps every label whole and stays above the
 * screen's title (an 80-character name took five lines there with larger text, over the title).
 */
class LongClinicNameTest {

    static final String NAME_49 = "Fysiotherapie en Manuele Therapie Amersfoort-Noord";
    static final String NAME_80 =
            "Praktijk voor Fysiotherapie, Manuele Therapie en Oefentherapie Cesar Amersfoort".substring(0, 79) + "X";
    static final String NAME_97 =
            "Praktijk voor Fysiotherapie, Manuele Therapie en Oefentherapie Cesar Amersfoort-Noord en Leusden";

    private static Catalog bundled;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
        bundled = new ContentLoader().loadBundledAnd(Optional.empty()).catalog();
    }

    @ParameterizedTest
    @CsvSource({"1280, 800, nl", "1280, 800, en", "1366, 768, nl", "1366, 768, en", "1920, 1080, nl"})
    void theStartScreenFitsWholeAndTheNameTakesAtMostTwoLines(double width, double height, String language)
            throws Exception {
        assertThat(NAME_80).hasSize(SettingsFile.MAX_CLINIC_NAME_LENGTH);
        WaitForAsyncUtils.asyncFx(() -> {
                    for (String name : List.of("Fysio Test", NAME_49, NAME_80, NAME_97)) {
                        Stage stage = new Stage();
                        KioskHarness kiosk = new KioskHarness(
                                bundled, language, new AppFolders(Path.of("target", "app-test")), name);
                        kiosk.start(stage, width, height);
                        Scene scene = stage.getScene();
                        for (boolean largeText : List.of(false, true)) {
                            String what = "%d characters at %.0fx%.0f %s%s"
                                    .formatted(name.length(), width, height, language, largeText ? " A+" : "");
                            kiosk.flow().look().largeTextProperty().set(largeText);
                            kiosk.flow().showStart();
                            layOut(scene);
                            System.out.printf(
                                    "HEIGHT start, %s: needs %.0f%n",
                                    what,
                                    ((javafx.scene.layout.Region) scene.lookup("." + Theme.SCREEN)).minHeight(width));
                            LayoutChecks.assertWithinTheWindowHeight(scene.getRoot(), height);
                            Label shown = shownName(scene);
                            Text text = (Text) shown.lookup(".text");
                            Text oneLine = new Text("X");
                            oneLine.setFont(shown.getFont());
                            assertThat(Math.round(text.getLayoutBounds().getHeight()
                                            / oneLine.getLayoutBounds().getHeight()))
                                    .as("%s: lines of the name", what)
                                    .isBetween(1L, 2L);
                            if (name.length() <= SettingsFile.MAX_CLINIC_NAME_LENGTH) {
                                LayoutChecks.assertNothingCutOrSpilling(scene.getRoot(), width);
                            } else if (!text.getText().equals(name)) {
                                String kept = text.getText()
                                        .substring(0, text.getText().length() - 1);
                                assertThat(name).as(what).startsWith(kept.strip());
                                assertThat(text.getText()).as(what).endsWith("…");
                            }
                            kiosk.flow().showHome();
                            layOut(scene);
                            if (name.length() <= SettingsFile.MAX_CLINIC_NAME_LENGTH) {
                                // past the limit (only code can hand it over) the top bar may end it in "…"
                                LayoutChecks.assertNothingCutOrSpilling(scene.getRoot(), width);
                            }
                            LayoutChecks.assertWithinTheWindowHeight(scene.getRoot(), height);
                            Node bar = scene.lookup("." + Theme.TOP_BAR);
                            Node title = ((javafx.scene.Parent) scene.lookup("." + Theme.SCREEN))
                                    .getChildrenUnmodifiable()
                                    .get(1);
                            assertThat(bar.localToScene(bar.getLayoutBounds()).getMaxY())
                                    .as("%s: the top bar ends above the title", what)
                                    .isLessThanOrEqualTo(title.localToScene(title.getLayoutBounds())
                                            .getMinY());
                        }
                        kiosk.app.stop();
                        stage.close();
                    }
                })
                .get();
    }

    /** A name that needs more than two lines in the large type is shown one step smaller before it is cut. */
    @ParameterizedTest
    @CsvSource({"1280, 800", "1366, 768"})
    void aLongerNameIsShownSmallerBeforeItIsCut(double width, double height) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
                    Stage stage = new Stage();
                    KioskHarness kiosk =
                            new KioskHarness(bundled, "nl", new AppFolders(Path.of("target", "app-test")), NAME_80);
                    kiosk.start(stage, width, height);
                    kiosk.flow().showStart();
                    layOut(stage.getScene());
                    Label shown = shownName(stage.getScene());
                    assertThat(shown.getStyleClass()).contains("pk-start-clinic-smaller");
                    assertThat(((Text) shown.lookup(".text")).getText()).isEqualTo(NAME_80);
                    kiosk.app.stop();
                    stage.close();
                })
                .get();
    }

    private static Label shownName(Scene scene) {
        Node heading = scene.lookup("." + Theme.START_CLINIC);
        List<Label> visible = heading.lookupAll(".pk-start-clinic-name").stream()
                .filter(Node::isVisible)
                .map(Label.class::cast)
                .toList();
        assertThat(visible).as("one size of the name is shown").hasSize(1);
        return visible.get(0);
    }

    private static void layOut(Scene scene) {
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        scene.getRoot().layout();
    }
}
