package org.physiokiosk.ui.builder;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Predicate;
import javafx.util.Duration;
import org.physiokiosk.content.Catalog;
import org.physiokiosk.program.ClinicTemplateFolder;
import org.physiokiosk.program.IssuedCode;
import org.physiokiosk.program.ProgramCodes;
import org.physiokiosk.program.ProgramStore;
import org.physiokiosk.program.ProgramStoreException;
import org.physiokiosk.ui.concurrent.TaskRunner;

/**
 * What the builder works with, wired by the shell: the catalog, the program store, the handout output,
 * worker threads (one for store and files, one for preview renders, so a render never delays a save),
 * the clinic's template folder (when the clinic has a content folder), where exports go, how to ask "are you sure?", the clock for today's date and the preview's quiet period,
 * and the store's kiosk codes (the desk's side).
 */
public record BuilderServices(
        Catalog catalog,
        ProgramStore store,
        Optional<ClinicTemplateFolder> clinicTemplates,
        HandoutOutput handout,
        TaskRunner tasks,
        TaskRunner renders,
        ExportTarget exportTarget,
        Predicate<String> confirm,
        Clock clock,
        Duration previewDelay,
        ProgramCodes codes) {

    /** A builder without kiosk codes (a store that has none): saving and exports work, no code is shown. */
    public BuilderServices(
            Catalog catalog,
            ProgramStore store,
            Optional<ClinicTemplateFolder> clinicTemplates,
            HandoutOutput handout,
            TaskRunner tasks,
            TaskRunner renders,
            ExportTarget exportTarget,
            Predicate<String> confirm,
            Clock clock,
            Duration previewDelay) {
        this(
                catalog,
                store,
                clinicTemplates,
                handout,
                tasks,
                renders,
                exportTarget,
                confirm,
                clock,
                previewDelay,
                NO_CODES);
    }

    /** Codes are unavailable: the pane says so calmly. */
    public static final ProgramCodes NO_CODES = new ProgramCodes() {
        @Override
        public Optional<IssuedCode> currentCode(String programId) {
            return Optional.empty();
        }

        @Override
        public IssuedCode issueCode(String programId, LocalDate today) throws ProgramStoreException {
            throw new ProgramStoreException("this store keeps no kiosk codes");
        }

        @Override
        public void revokeCode(String programId) {
            // nothing was issued, so nothing to end
        }

        @Override
        public boolean adoptCode(IssuedCode code) {
            return false;
        }
    };

    /** The quiet period after the last edit before the preview is rendered again. */
    public static final Duration PREVIEW_DELAY = Duration.millis(300);
}
