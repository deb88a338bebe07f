package org.physiokiosk.ui.shell;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
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
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Not a test: PNGs of the code keypad (empty, half typed, wrong code, locked) and of the program a code opens,
 * at three window sizes, both languages, normal and high contrast. Run with -Dtour.dir=/some/folder.
 */
@EnabledIfSystemProperty(named = "tour.dir", matches = ".+")
class CodeTourTest {

    private static final List<double[]> SIZES =
            List.of(new double[] {1920, 1080}, new double[] {1280, 800}, new double[] {1080, 1920});

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void tour() throws Exception {
        Path out = Path.of(System.getProperty("tour.dir"));
        Files.createDirectories(out);
        Catalog catalog = new ContentLoader().loadBundledAnd(Optional.empty()).catalog();
        Path data = TempFolders.create("code-tour");
        FileProgramStore store = new FileProgramStore(data.resolve("programs"));
        FileCodeIndex codes = new FileCodeIndex(data.resolve(FileCodeIndex.FILE_NAME), store, CodePolicy.DEFAULT);
        var condition = catalog.conditions().get("low-back-pain");
        List<ProgramItem> items = condition.exercises().stream()
                .limit(4)
                .map(id -> new ProgramItem(
                        id,
                        catalog.exercises().get(id).dose(),
                        5,
                        id.equals(condition.exercises().get(0))
                                ? "Rustig aan, niet verder dan het prettig voelt."
                                : ""))
                .toList();
        Program program = store.save(new Program(
                Optional.empty(),
                0,
                "Rug thuis, week 1",
                Optional.of("Johanna Verbeek"),
                "M. de Vries",
                LocalDate.now(),
                Optional.of(LocalDate.now().plusWeeks(4)),
                "Doe de oefeningen elke ochtend. Stop als de pijn erger wordt.",
                "nl",
                items));
        IssuedCode code = codes.issueCode(program.id().orElseThrow(), LocalDate.now());
        // The longest and the shortest program a patient may bring: twenty lines, one of them an exercise this
        // kiosk does not hold, and a single exercise.
        List<String> ids = List.copyOf(catalog.exercises().keySet());
        List<ProgramItem> twenty = new java.util.ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String id = i == 6 ? "oefening-van-een-andere-praktijk" : ids.get(i % ids.size());
            twenty.add(new ProgramItem(
                    id,
                    i == 6 ? items.get(0).dose() : catalog.exercises().get(id).dose(),
                    5,
                    ""));
        }
        IssuedCode longCode = codes.issueCode(
                store.save(program.asNewCopy("Twintig oefeningen", LocalDate.now())
                                .withItems(twenty))
                        .id()
                        .orElseThrow(),
                LocalDate.now());
        IssuedCode shortCode = codes.issueCode(
                store.save(program.asNewCopy("", LocalDate.now()).withItems(items.subList(0, 1)))
                        .id()
                        .orElseThrow(),
                LocalDate.now());
        for (double[] size : SIZES) {
            for (String language : List.of("nl", "en")) {
                for (boolean contrast : List.of(false, true)) {
                    String name =
                            "code-" + (int) size[0] + "x" + (int) size[1] + "-" + language + (contrast ? "-hc" : "");
                    WaitForAsyncUtils.asyncFx(() -> walk(catalog, data, code, size, language, contrast, out, name))
                            .get();
                    if (!contrast) {
                        WaitForAsyncUtils.asyncFx(() -> programs(
                                        catalog, data, List.of(longCode, shortCode), size, language, out, name))
                                .get();
                    }
                }
            }
        }
        TempFolders.remove(data);
    }

    private static void walk(
            Catalog catalog,
            Path data,
            IssuedCode code,
            double[] size,
            String language,
            boolean contrast,
            Path out,
            String name) {
        Stage stage = new Stage();
        KioskHarness kiosk = new KioskHarness(catalog, language, new AppFolders(data));
        kiosk.start(stage, size[0], size[1]);
        Scene scene = stage.getScene();
        kiosk.flow().look().highContrastProperty().set(contrast);
        kiosk.flow().showHome();
        ScreenTourTest.save(scene, out, name + "-1-home");
        ScreenTourTest.fire(scene, "#my-program");
        ScreenTourTest.save(scene, out, name + "-2-keypad");
        for (char c : "K7QMX".toCharArray()) {
            ScreenTourTest.fire(scene, "#code-key-" + c);
        }
        ScreenTourTest.save(scene, out, name + "-3-typing");
        kiosk.flow().look().largeTextProperty().set(true);
        ScreenTourTest.save(scene, out, name + "-3b-typing-larger-text");
        kiosk.flow().look().largeTextProperty().set(false);
        for (int i = 0; i < 5; i++) {
            for (char c : "K7QM4XPR".toCharArray()) {
                ScreenTourTest.fire(scene, "#code-key-" + c);
            }
            ScreenTourTest.fire(scene, "#code-ok");
            if (i == 0) {
                ScreenTourTest.save(scene, out, name + "-4-unknown");
            }
        }
        ScreenTourTest.save(scene, out, name + "-5-locked");
        kiosk.clock.addAndGet(31 * KioskHarness.SECOND);
        ((CodeKeypadScreen) kiosk.screen()).tick();
        for (char c : code.code().value().toCharArray()) {
            ScreenTourTest.fire(scene, "#code-key-" + c);
        }
        ScreenTourTest.fire(scene, "#code-ok");
        ScreenTourTest.save(scene, out, name + "-6-program");
        kiosk.flow().look().largeTextProperty().set(true);
        ScreenTourTest.save(scene, out, name + "-6b-program-larger-text");
        kiosk.app.stop();
        stage.close();
    }

    /** The program screen of each code, with and without larger text. */
    private static void programs(
            Catalog catalog, Path data, List<IssuedCode> codes, double[] size, String language, Path out, String name) {
        Stage stage = new Stage();
        KioskHarness kiosk = new KioskHarness(catalog, language, new AppFolders(data));
        kiosk.start(stage, size[0], size[1]);
        Scene scene = stage.getScene();
        for (int i = 0; i < codes.size(); i++) {
            for (boolean larger : List.of(false, true)) {
                kiosk.flow().look().largeTextProperty().set(larger);
                kiosk.flow().showHome();
                ScreenTourTest.fire(scene, "#my-program");
                for (char c : codes.get(i).code().value().toCharArray()) {
                    ScreenTourTest.fire(scene, "#code-key-" + c);
                }
                ScreenTourTest.fire(scene, "#code-ok");
                ScreenTourTest.save(scene, out, name + "-7-program" + i + (larger ? "-larger-text" : ""));
            }
        }
        kiosk.app.stop();
        stage.close();
    }
}
