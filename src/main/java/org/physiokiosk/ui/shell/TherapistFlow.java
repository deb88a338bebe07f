package org.physiokiosk.ui.shell;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;
import org.physiokiosk.content.Catalog;
import org.physiokiosk.handout.HandoutPrinter;
import org.physiokiosk.handout.HandoutRenderer;
import org.physiokiosk.handout.HandoutSettings;
import org.physiokiosk.kiosk.Settings;
import org.physiokiosk.program.ClinicTemplateFolder;
import org.physiokiosk.program.IssuedCode;
import org.physiokiosk.program.Program;
import org.physiokiosk.program.ProgramCodes;
import org.physiokiosk.program.ProgramStore;
import org.physiokiosk.ui.builder.BuilderScreen;
import org.physiokiosk.ui.builder.BuilderServices;
import org.physiokiosk.ui.builder.ExportTarget;
import org.physiokiosk.ui.builder.HandoutOutput;
import org.physiokiosk.ui.concurrent.TaskRunner;
import org.physiokiosk.ui.i18n.Messages;
import org.physiokiosk.ui.therapist.GateOpens;
import org.physiokiosk.ui.therapist.PinCheck;
import org.physiokiosk.ui.therapist.PinScreen;

/**
 * The therapist's way in and out: the PIN gate, then the program builder. Leaving goes back to where the
 * therapist came from (the patient screens on a kiosk, the gate at a desk); the builder screen is
 * disposed on the way out, which forgets the program.
 */
public final class TherapistFlow {

    private final BuilderServices services;
    private final Messages messages;
    private final Navigator navigator;
    private final Optional<PinCheck> pinCheck;
    private final String handoutLanguage;
    private final Optional<Runnable> backToPatients;
    private Optional<String> staffNotice = Optional.empty();
    private Optional<Draft> draft = Optional.empty();

    /**
     * Work left on the kiosk's builder when the kiosk reset after nobody touched it. Kept in memory only (never
     * on disk), behind the PIN, for {@link #DRAFT_KEPT}: long enough for a therapist called away, short
     * enough that a patient's name does not wait for whoever opens the builder tomorrow.
     */
    private record Draft(Program program, Instant keptAt) {}

    static final Duration DRAFT_KEPT = Duration.ofHours(1);

    /**
     * @param pinCheck       checks a typed PIN and knows the vault's lock-out; empty when no PIN is set
     * @param backToPatients the kiosk's patient screens; empty on a desk PC started with --therapist
     */
    public TherapistFlow(
            BuilderServices services,
            Messages messages,
            Navigator navigator,
            Optional<PinCheck> pinCheck,
            String handoutLanguage,
            Optional<Runnable> backToPatients) {
        this.services = services;
        this.messages = messages;
        this.navigator = navigator;
        this.pinCheck = pinCheck;
        this.handoutLanguage = handoutLanguage;
        this.backToPatients = backToPatients;
    }

    /** The services of the real app: the clinic's program store and codes, handouts from the handout package. */
    public static BuilderServices services(
            Catalog catalog,
            Settings settings,
            ProgramStore store,
            ProgramCodes codes,
            Stage stage,
            Messages messages,
            TaskRunner tasks,
            TaskRunner renders) {
        return new BuilderServices(
                catalog,
                store,
                settings.contentFolder().map(ClinicTemplateFolder::new),
                handout(catalog, settings),
                tasks,
                renders,
                ExportTarget.fileChooser(() -> stage, messages),
                question -> confirm(stage, messages, question),
                Clock.systemDefaultZone(),
                BuilderServices.PREVIEW_DELAY,
                codes);
    }

    /** The handout package behind the builder: the same bytes are previewed, exported and printed. */
    public static HandoutOutput handout(Catalog catalog, Settings settings) {
        HandoutRenderer renderer =
                new HandoutRenderer(catalog, new HandoutSettings(settings.clinicName(), settings.contactLine()));
        return new HandoutOutput() {
            @Override
            public byte[] pdf(Program program) throws IOException {
                return pdf(program, Optional.empty());
            }

            @Override
            public byte[] pdf(Program program, Optional<IssuedCode> kioskCode) throws IOException {
                return renderer.toBytes(program, kioskCode);
            }

            @Override
            public Printed print(Program program) throws Exception {
                return print(program, Optional.empty());
            }

            /**
             * The system print dialog (AWT's, the only one Java has) on the builder's worker thread: it blocks that
             * thread, not the FX thread, and AWT's toolkit runs beside JavaFX's GTK one (decision 0008).
             */
            @Override
            public Printed print(Program program, Optional<IssuedCode> kioskCode) throws Exception {
                try {
                    return new HandoutPrinter().printWithDialog(pdf(program, kioskCode))
                            ? Printed.SENT
                            : Printed.CANCELLED;
                } catch (HandoutPrinter.NoPrinterException none) {
                    throw new NoPrinterException(none);
                }
            }
        };
    }

    /** A line for staff on the builder (e.g. the clinic's content folder could not be read); never for patients. */
    public void tellStaff(Optional<String> notice) {
        staffNotice = notice;
    }

    /** Opens therapist mode: the PIN gate when a PIN is set (always on a kiosk), else straight to the builder. */
    public void show() {
        if (pinCheck.isEmpty() && backToPatients.isEmpty()) {
            showBuilder(); // a desk PC without a PIN: the machine is the therapist's own
            return;
        }
        navigator.show(() -> new PinScreen(
                messages, GateOpens.BUILDER, pinCheck, services.tasks(), this::showBuilder, backToPatients));
    }

    /** Straight to the builder, for a caller that has already asked the PIN (the kiosk's staff menu). */
    public void showBuilder() {
        navigator.show(() -> {
            BuilderScreen builder = new BuilderScreen(services, messages, handoutLanguage, this::leave);
            staffNotice.ifPresent(builder::tellStaff);
            Instant now = services.clock().instant();
            draft.filter(kept -> kept.keptAt().plus(DRAFT_KEPT).isAfter(now))
                    .ifPresent(kept -> builder.restoreUnsaved(kept.program()));
            draft = Optional.empty();
            builder.whenAbandoned(program ->
                    draft = Optional.of(new Draft(program, services.clock().instant())));
            return builder;
        });
    }

    private void leave() {
        forgetCopiedText();
        if (backToPatients.isPresent()) {
            backToPatients.get().run();
        } else {
            show();
        }
    }

    /** A name or note copied in the builder must not wait on the clipboard for whoever touches the screen next. */
    private static void forgetCopiedText() {
        javafx.scene.input.Clipboard clipboard = javafx.scene.input.Clipboard.getSystemClipboard();
        if (clipboard.hasString() || clipboard.hasHtml() || clipboard.hasRtf()) {
            clipboard.clear();
        }
    }

    /** Asks in the screen's language, with buttons that say yes or no (JavaFX's own read "OK"/"Cancel" in English). */
    private static boolean confirm(Stage stage, Messages messages, String question) {
        ButtonType goOn = new ButtonType(messages.get("confirm.goOn"), ButtonBar.ButtonData.OK_DONE);
        ButtonType stay = new ButtonType(messages.get("confirm.stay"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question, goOn, stay);
        alert.initOwner(stage);
        alert.setTitle(messages.get("confirm.title"));
        alert.setHeaderText(null);
        // Enter keeps the work: losing a program (or a code) takes a deliberate tap on "yes".
        ((Button) alert.getDialogPane().lookupButton(goOn)).setDefaultButton(false);
        ((Button) alert.getDialogPane().lookupButton(stay)).setDefaultButton(true);
        return alert.showAndWait().filter(goOn::equals).isPresent();
    }
}
