package org.physiokiosk.ui.builder;

import java.time.Clock;
import java.util.Optional;
import java.util.function.Predicate;
import javafx.util.Duration;
import org.physiokiosk.content.Catalog;
import org.physiokiosk.program.ClinicTemplateFolder;
import org.physiokiosk.program.ProgramStore;
import org.physiokiosk.ui.concurrent.TaskRunner;

/**
 * What the builder works with, wired by the shell: the catalog, the program store, the handout output,
 * worker threads (one for store and files, one for preview renders, so a render never delays a save),
 * the clinic's template folder (when the clinic has a content folder), where exports go, how to ask "are you sure?", the clock for today's date and the preview's quiet period.
 */
public record BuilderServices(Catalog catalog, ProgramStore store, Optional<ClinicTemplateFolder> clinicTemplates,
                              HandoutOutput handout, TaskRunner tasks, TaskRunner renders, ExportTarget exportTarget,
                              Predicate<String> confirm, Clock clock, Duration previewDelay) {

    /** The quiet period after the last edit before the preview is rendered again. */
    public static final Duration PREVIEW_DELAY = Duration.millis(300);
}
