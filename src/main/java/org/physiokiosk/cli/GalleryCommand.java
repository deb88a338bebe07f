package org.physiokiosk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.physiokiosk.common.FileErrors;
import org.physiokiosk.content.Catalog;
import org.physiokiosk.content.ContentProblem;
import org.physiokiosk.content.Exercise;
import org.physiokiosk.content.LoadResult;
import org.physiokiosk.content.Step;
import org.physiokiosk.figure.FigureDrawings;
import org.physiokiosk.figure.Pose;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Renders every exercise's steps side by side into one PNG contact sheet, so a reviewer can judge all
 * drawings at a glance. Drawn by the handout's PDF painter from the same drawing description the screen uses.
 */
@Command(
        name = "gallery",
        mixinStandardHelpOptions = true,
        description = "Render every exercise's poses, step by step, into a PNG contact sheet.")
public final class GalleryCommand implements Callable<Integer> {

    @Option(names = "--out", required = true, paramLabel = "FILE.png", description = "the PNG to write")
    Path out;

    @Mixin
    ContentFolderOption content;

    @Spec
    CommandSpec spec;

    private String language = "en";

    @Option(names = "--all-poses", description = "add rows with every pose, also those no step uses")
    boolean allPoses;

    private Predicate<String> wanted = id -> true;

    private float scale = 1.5f;

    @Option(names = "--lang", paramLabel = "nl|en", description = "language of the titles (default: en)")
    void language(String code) {
        language = Languages.check(spec.commandLine(), "--lang", code);
    }

    @Option(names = "--only", paramLabel = "REGEX", description = "only exercises and poses whose id matches")
    void only(String regex) {
        try {
            wanted = Pattern.compile(regex).asPredicate();
        } catch (PatternSyntaxException e) {
            throw new ParameterException(
                    spec.commandLine(),
                    "Invalid value for --only: '" + regex + "' is not a regular expression (" + e.getDescription()
                            + ")");
        }
    }

    @Option(
            names = "--scale",
            paramLabel = "FACTOR",
            description = "pixels per PDF point, from " + MIN_SCALE + " to " + MAX_SCALE + " (default: 1.5)")
    void scale(float factor) {
        if (!(factor >= MIN_SCALE && factor <= MAX_SCALE)) {
            throw new ParameterException(
                    spec.commandLine(),
                    "Invalid value for --scale: " + factor + "; it must be from " + MIN_SCALE + " to " + MAX_SCALE);
        }
        scale = factor;
    }

    /** Past 8 a sheet of every pose runs to gigabytes of pixels. */
    static final float MIN_SCALE = 0.25f;

    static final float MAX_SCALE = 8f;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        // Refused before the slow drawing, as export does: a typo in --out costs nothing and replaces nothing.
        Optional<String> refusal = OutputFile.refusal(out, OutputFile.Kind.PNG);
        if (refusal.isPresent()) {
            err.println("gallery: " + refusal.get());
            err.flush();
            return 1;
        }
        LoadResult loaded = content.load();
        loaded.problems().stream()
                .filter(ContentProblem::isError)
                .map(ContentProblem::format)
                .forEach(err::println);
        List<ContactSheet.Row> rows = rows(loaded.catalog(), language, wanted);
        if (allPoses || rows.isEmpty()) {
            rows.addAll(poseRows(loaded.catalog().poses(), wanted));
        }
        try {
            OutputFile.write(out, stream -> new ContactSheet().write(rows, stream, scale));
        } catch (IOException e) {
            err.println("gallery: cannot write " + out + ": " + FileErrors.describe(e));
            err.flush();
            return 1;
        }
        err.flush();
        spec.commandLine().getOut().println("wrote " + out + " (" + rows.size() + " rows)");
        spec.commandLine().getOut().flush();
        return loaded.errorCount() > 0 ? 1 : 0;
    }

    /** One row per exercise: each step's pose, with an arrow for the movement from the step before. */
    static List<ContactSheet.Row> rows(Catalog catalog, String language, Predicate<String> wanted) {
        List<ContactSheet.Row> rows = new ArrayList<>();
        for (Exercise exercise : catalog.exercises().values()) {
            if (!wanted.test(exercise.id())) {
                continue;
            }
            List<ContactSheet.Cell> cells = new ArrayList<>();
            Pose previous = null;
            List<Step> steps = exercise.steps();
            for (int i = 0; i < steps.size(); i++) {
                Step step = steps.get(i);
                Pose pose = catalog.poses().get(step.pose());
                cells.add(new ContactSheet.Cell(
                        FigureDrawings.step(step.setup() ? null : previous, pose, step.mirror()),
                        (i + 1) + ". " + step.pose() + (step.mirror() ? " (mirrored)" : "")
                                + (step.holdSeconds() > 0 ? " hold" : "")));
                previous = pose;
            }
            rows.add(new ContactSheet.Row(exercise.title().in(language) + "  [" + exercise.id() + "]", cells));
        }
        return rows;
    }

    static List<ContactSheet.Row> poseRows(Map<String, Pose> poses, Predicate<String> wanted) {
        List<ContactSheet.Row> rows = new ArrayList<>();
        List<ContactSheet.Cell> cells = new ArrayList<>();
        for (Pose pose : poses.values()) {
            if (!wanted.test(pose.id())) {
                continue;
            }
            cells.add(new ContactSheet.Cell(FigureDrawings.still(pose, false), pose.id()));
            if (cells.size() == ContactSheet.MAX_COLUMNS) {
                rows.add(new ContactSheet.Row(rows.isEmpty() ? "All poses" : "", cells));
                cells = new ArrayList<>();
            }
        }
        if (!cells.isEmpty()) {
            rows.add(new ContactSheet.Row(rows.isEmpty() ? "All poses" : "", cells));
        }
        return rows;
    }
}
