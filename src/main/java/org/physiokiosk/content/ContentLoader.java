package org.physiokiosk.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.physiokiosk.content.ContentProblem.Severity;

/**
 * Turns content folders into a {@link Catalog}. Folders are read in order; a later folder (a clinic's) adds
 * items and replaces same-id items of an earlier one (the bundled content). All problems are collected in
 * one pass; a bad file or item is skipped and everything good still loads, so the kiosk always starts.
 */
public final class ContentLoader {

    /**
     * Problems listed per file; the rest are counted in one line. A generated or mangled file can hold tens of
     * thousands, which would bury the other files' lines and flood the kiosk's log.
     */
    public static final int MAX_PROBLEMS_PER_FILE = 50;

    public LoadResult load(List<ContentRoot> roots) {
        List<ContentProblem> problems = new ArrayList<>();
        FolderReader reader = new FolderReader(problems);
        FolderContent merged = new FolderContent();
        for (ContentRoot root : roots) {
            merged.overlay(reader.read(root));
        }
        ReferenceCheck.run(merged);
        for (ContentFile file : reader.files()) {
            problems.addAll(file.drainProblems());
        }
        problems.sort(Comparator.comparing(ContentProblem::file)
                .thenComparingInt(ContentProblem::line)
                .thenComparingInt(ContentProblem::column));
        Catalog catalog = new Catalog(
                items(merged.exercises),
                items(merged.conditions),
                items(merged.templates),
                items(merged.sources),
                items(merged.redFlags),
                items(merged.advice),
                merged.disclaimer,
                items(merged.poses));
        return bounded(catalog, problems);
    }

    /** The bundled content, plus a clinic's folder when one is given. */
    public LoadResult loadBundledAnd(Optional<Path> clinicFolder) {
        try (BundledContent.Folder bundled = BundledContent.open()) {
            List<ContentRoot> roots = new ArrayList<>();
            roots.add(bundled.root());
            clinicFolder.map(ContentRoot::clinic).ifPresent(roots::add);
            return load(roots);
        }
    }

    /** The first {@link #MAX_PROBLEMS_PER_FILE} problems of each file, then one line counting the rest. */
    private static LoadResult bounded(Catalog catalog, List<ContentProblem> sorted) {
        List<ContentProblem> shown = new ArrayList<>();
        long omittedErrors = 0;
        long omittedWarnings = 0;
        int start = 0;
        while (start < sorted.size()) {
            String file = sorted.get(start).file();
            int end = start;
            while (end < sorted.size() && sorted.get(end).file().equals(file)) {
                end++;
            }
            int keep = Math.min(end - start, MAX_PROBLEMS_PER_FILE);
            shown.addAll(sorted.subList(start, start + keep));
            if (keep < end - start) {
                List<ContentProblem> rest = sorted.subList(start + keep, end);
                long errors = rest.stream().filter(ContentProblem::isError).count();
                ContentProblem first = rest.get(0);
                shown.add(new ContentProblem(
                        file,
                        first.line(),
                        first.column(),
                        errors > 0 ? Severity.ERROR : Severity.WARNING,
                        String.format(
                                Locale.ROOT,
                                "… and %,d more problems in this file (%,d errors, %,d warnings)",
                                rest.size(),
                                errors,
                                rest.size() - errors)));
                omittedErrors += errors - (errors > 0 ? 1 : 0);
                omittedWarnings += rest.size() - errors - (errors > 0 ? 0 : 1);
            }
            start = end;
        }
        return new LoadResult(catalog, shown, omittedErrors, omittedWarnings);
    }

    /** Sorted here, so the catalog's sorted copy is a linear one (TreeMap copies a sorted map without comparing). */
    private static <T> Map<String, T> items(Map<String, Located<T>> located) {
        Map<String, T> items = new TreeMap<>();
        for (Map.Entry<String, Located<T>> entry : located.entrySet()) {
            items.put(entry.getKey(), entry.getValue().item());
        }
        return items;
    }
}
