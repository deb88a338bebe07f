package org.physiokiosk.ui.builder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.util.Duration;
import javafx.util.Subscription;
import org.physiokiosk.handout.UnprintableCharacters;
import org.physiokiosk.program.IssuedCode;
import org.physiokiosk.program.Program;
import org.physiokiosk.ui.concurrent.TaskRunner;
import org.physiokiosk.ui.i18n.Messages;

/**
 * Keeps the preview in step with the program without stutter: an edit restarts a short quiet period, and
 * only when typing pauses is the handout rendered, on a worker thread. A newer edit cancels a render that
 * has not started yet, and the pane only ever shows the newest finished result.
 */
final class LivePreview {

    /**
     * An A4 page at 72 DPI is 595 pixels wide: about the preview column's width on a 1920 screen. More costs
     * render time (a ten-page handout took seconds on a busy two-core PC) for little visible gain.
     */
    private static final float DPI = 72f;

    private final HandoutOutput output;
    private final TaskRunner runner;
    private final PreviewPane pane;
    private final Messages messages;
    private final PauseTransition quiet;
    private final Subscription subscription;
    private Optional<Waiting> waiting = Optional.empty();
    private int requested;
    private int shown;
    private Program pending;
    private final ReadOnlyObjectProperty<Optional<IssuedCode>> kioskCode;
    private final BuilderModel model;
    private int finishedRenders;
    /** Which of the program's exercises the content lacks ({@link MissingExercises#where()}): no render shows them. */
    private final Function<Program, Optional<String>> missingExercises;

    LivePreview(
            BuilderModel model,
            HandoutOutput output,
            TaskRunner runner,
            PreviewPane pane,
            Messages messages,
            Duration debounce,
            ReadOnlyObjectProperty<Optional<IssuedCode>> kioskCode,
            Function<Program, Optional<String>> missingExercises) {
        this.kioskCode = kioskCode;
        this.missingExercises = missingExercises;
        this.model = model;
        this.output = output;
        this.runner = runner;
        this.pane = pane;
        this.messages = messages;
        quiet = new PauseTransition(debounce);
        quiet.setOnFinished(event -> render(pending));
        // A new or revoked code changes page 1 as an edit does.
        subscription = model.programProperty()
                .subscribe(this::changed)
                .and(kioskCode.subscribe(code -> changed(model.program())));
    }

    private void changed(Program program) {
        pending = program;
        if (program.items().isEmpty()) {
            quiet.stop();
            cancelAll();
            pane.showMessage(messages.get("builder.preview.empty"));
            return;
        }
        Optional<String> missing = missingExercises.apply(program);
        if (missing.isPresent()) {
            quiet.stop();
            cancelAll();
            pane.showMessage(messages.format("builder.missing.preview", missing.get()));
            return;
        }
        if (pane.pageCount() > 0) {
            pane.showStatus(messages.get("builder.preview.updating"));
        }
        quiet.playFromStart();
    }

    private void render(Program program) {
        cancelWaiting();
        pane.showStatus(messages.get("builder.preview.updating"));
        int number = ++requested;
        Optional<IssuedCode> code =
                HandoutCode.of(kioskCode.get(), program, model.unsavedProperty().get());
        AtomicBoolean started = new AtomicBoolean();
        TaskRunner.Job job = runner.submit(
                () -> {
                    started.set(true);
                    return new Rendered(rasters(program, code), UnprintableCharacters.in(program));
                },
                rendered -> {
                    finishedRenders++;
                    if (number > shown) { // an older render that ends after a newer one is not shown
                        shown = number;
                        List<PageRasters.Page> pages = rendered.pages();
                        String status = messages.format(
                                number == requested ? "builder.preview.pages" : "builder.preview.pagesUpdating",
                                pages.size());
                        pane.showPages(
                                pages,
                                unprintable(rendered.unprintable())
                                        .map(notice -> status + "\n" + notice)
                                        .orElse(status));
                    }
                },
                failure -> {
                    finishedRenders++;
                    if (number > shown) {
                        shown = number;
                        pane.showMessage(messages.get(
                                failure instanceof UnsupportedOperationException
                                        ? "builder.preview.notYet"
                                        : "builder.preview.failed"));
                    }
                });
        waiting = Optional.of(new Waiting(job, started));
    }

    private List<PageRasters.Page> rasters(Program program, Optional<IssuedCode> code) {
        try {
            return PageRasters.render(output.pdf(program, code), DPI);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Cancels the last render if it has not started: a stale render is skipped. One already running is
     * left to finish, so a therapist who edits every few seconds still sees pages on a slow PC.
     */
    private void cancelWaiting() {
        waiting.filter(last -> !last.started().get())
                .ifPresent(last -> last.job().cancel());
        waiting = Optional.empty();
    }

    private void cancelAll() {
        waiting.ifPresent(last -> last.job().cancel());
        waiting = Optional.empty();
        shown = requested; // nothing in flight may reach the pane any more
    }

    /**
     * "These characters cannot be printed: 😀 in 'Note for the patient' of exercise 2": the handout prints
     * them as squares (decision 0031), so the therapist hears of it before printing, not from the paper.
     */
    private Optional<String> unprintable(List<UnprintableCharacters.Finding> findings) {
        if (findings.isEmpty()) {
            return Optional.empty();
        }
        List<String> places = findings.stream()
                .map(finding -> finding.field() == UnprintableCharacters.Field.NOTE
                        ? messages.format(
                                "builder.preview.unprintable.note",
                                finding.characters(),
                                messages.get("builder.item.note"),
                                finding.exercise())
                        : messages.format(
                                "builder.preview.unprintable.field",
                                finding.characters(),
                                messages.get(fieldLabel(finding.field()))))
                .toList();
        return Optional.of(messages.format("builder.preview.unprintable", String.join("; ", places)));
    }

    private static String fieldLabel(UnprintableCharacters.Field field) {
        return switch (field) {
            case TITLE -> "builder.details.title";
            case PATIENT -> "builder.details.patient";
            case THERAPIST -> "builder.details.therapist";
            case INSTRUCTIONS -> "builder.details.instructions";
            case NOTE -> "builder.item.note";
        };
    }

    private record Rendered(List<PageRasters.Page> pages, List<UnprintableCharacters.Finding> unprintable) {}

    private record Waiting(TaskRunner.Job job, AtomicBoolean started) {}

    /** How many renders have come back; tests wait on it. */
    int finishedRenders() {
        return finishedRenders;
    }

    boolean isIdle() {
        return shown == requested && quiet.getStatus() != javafx.animation.Animation.Status.RUNNING;
    }

    void dispose() {
        subscription.unsubscribe();
        quiet.stop();
        cancelAll();
        pending = null;
        pane.clear();
    }
}
