package org.physiokiosk.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.physiokiosk.content.Catalog;
import org.physiokiosk.content.ContentProblem;
import org.physiokiosk.content.Exercise;
import org.physiokiosk.content.LoadResult;
import org.physiokiosk.content.Step;
import org.physiokiosk.figure.FigureDrawings;
import org.physiokiosk.figure.Pose;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Renders every exercise's steps side by side into one PNG contact sheet, so a reviewer can judge all
 * drawings at a glance. Drawn by the handout's PDF painter from the same drawing description the screen uses.
 */
@Command(name = "gallery", mixinStandardHelpOptions = true,
        description = "Render every exercise's poses, step by step, into a PNG contact sheet.")
public final class GalleryCommand implements Callable<Integer> {

    @Option(names = "--out", required = true, paramLabel = "FILE.png", description = "the PNG to write")
    Path out;

    @Mixin
    ContentFolderOption content;

    @Option(names = "--lang", defaultValue = "en", description = "language of the titles (default: ${DEFAULT-VALUE})")
    String language;

    @Option(names = "--all-poses", description = "add rows with every pose, also those no step uses")
    boolean allPoses;

    @Option(names = "--only", paramLabel = "REGEX", description = "only exercises and poses whose id matches")
    String only;

    @Option(names = "--scale", defaultValue = "1.5", description = "pixels per PDF point (default: ${DEFAULT-VALUE})")
    float scale;

    @Override
    public Integer call() throws Exception {
        LoadResult loaded = content.load();
        loaded.problems().stream().filter(ContentProblem::isError).map(ContentProblem::format).forEach(System.err::println);
        Predicate<String> wanted = only == null ? id -> true : Pattern.compile(only).asPredicate();
        List<ContactSheet.Row> rows = rows(loaded.catalog(), language, wanted);
        if (allPoses || rows.isEmpty()) {
            rows.addAll(poseRows(loaded.catalog().poses(), wanted));
        }
        if (out.toAbsolutePath().getParent() != null) {
            Files.createDirectories(out.toAbsolutePath().getParent());
        }
        new ContactSheet().write(rows, out, scale);
        System.out.println("wrote " + out + " (" + rows.size() + " rows)");
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
                cells.add(new ContactSheet.Cell(FigureDrawings.step(step.setup() ? null : previous, pose, step.mirror()),
                        (i + 1) + ". " + step.pose() + (step.mirror() ? " (mirrored)" : "") + (step.holdSeconds() > 0 ? " hold" : "")));
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
