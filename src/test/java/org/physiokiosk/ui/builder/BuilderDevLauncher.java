package org.physiokiosk.ui.builder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.physiokiosk.content.Catalog;
import org.physiokiosk.content.ContentLoader;
import org.physiokiosk.kiosk.Settings;
import org.physiokiosk.program.FileProgramStore;
import org.physiokiosk.program.Program;
import org.physiokiosk.program.ProgramTemplates;
import org.physiokiosk.ui.concurrent.BackgroundTaskRunner;
import org.physiokiosk.ui.i18n.Messages;
import org.physiokiosk.ui.shell.TherapistFlow;
import org.physiokiosk.ui.theme.Theme;

/**
 * Opens the builder in a window of a given size and language with a program from a template, for looking
 * at it under Xvfb: {@code java -cp target/physio-kiosk.jar:target/test-classes
 * org.physiokiosk.ui.builder.BuilderDevLauncher\$Main 1280 800 en}. Programs go to a temp folder.
 */
public final class BuilderDevLauncher extends Application {

    /** A main outside the Application class: on the class path, Java refuses to start one that extends it. */
    public static final class Main {
        public static void main(String[] args) {
            Application.launch(BuilderDevLauncher.class, args);
        }
    }

    @Override
    public void start(Stage stage) throws Exception {
        var args = getParameters().getRaw();
        double width = args.size() > 0 ? Double.parseDouble(args.get(0)) : 1920;
        double height = args.size() > 1 ? Double.parseDouble(args.get(1)) : 1080;
        String language = args.size() > 2 ? args.get(2) : "nl";
        Theme.loadFonts();
        Catalog catalog = new ContentLoader().loadBundledAnd(Optional.empty()).catalog();
        Messages messages = new Messages(language);
        Scene scene = new Scene(new VBox(), width, height);
        Theme.apply(scene);
        Path folder = Files.createTempDirectory("builder-dev");
        Settings settings = new Settings(
                "Fysiotherapie De Linde",
                "Lindelaan 4, Utrecht · 030 123 45 67",
                language,
                Settings.DEFAULT_IDLE_TIMEOUT,
                Optional.empty(),
                Optional.empty());
        BackgroundTaskRunner tasks = new BackgroundTaskRunner();
        BackgroundTaskRunner renders = new BackgroundTaskRunner("preview");
        BuilderServices services = new BuilderServices(
                catalog,
                new FileProgramStore(folder.resolve("programs")),
                Optional.empty(),
                TherapistFlow.handout(catalog, settings),
                tasks,
                renders,
                ExportTarget.fileChooser(() -> stage, messages),
                question -> true,
                Clock.systemDefaultZone(),
                BuilderServices.PREVIEW_DELAY);
        org.physiokiosk.ui.shell.Navigator navigator = new org.physiokiosk.ui.shell.Navigator(scene);
        new TherapistFlow(services, messages, navigator, Optional.empty(), language, Optional.empty()).show();
        Program program = ProgramTemplates.fromTemplate(
                catalog.templates().values().iterator().next(), catalog, language, java.time.LocalDate.now());
        ((BuilderScreen) navigator.currentProperty().get())
                .open(new Program(
                        Optional.empty(),
                        0,
                        program.title(),
                        Optional.of("M. de Vries"),
                        "Anna Jansen",
                        program.date(),
                        Optional.of(program.date().plusWeeks(6)),
                        program.instructions(),
                        language,
                        program.items()));
        stage.setScene(scene);
        stage.setOnHidden(event -> {
            tasks.close();
            renders.close();
        });
        stage.show();
    }
}
