package org.physiokiosk.content;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.nio.file.Path;
import java.util.stream.Collectors;

/**
 * Turns content folders into a {@link Catalog}. Folders are read in order; a later folder (a clinic's) adds
 * items and replaces same-id items of an earlier one (the bundled content). All problems are collected in
 * one pass; a bad file or item is skipped and everything good still loads, so the kiosk always starts.
 */
public final class ContentLoader {

    /** Configured once and shared: an ObjectMapper is thread-safe once set up, and costly to make. */
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    public LoadResult load(List<ContentRoot> roots) {
        List<ContentProblem> problems = new ArrayList<>();
        FolderReader reader = new FolderReader(MAPPER, problems);
        FolderContent merged = new FolderContent();
        for (ContentRoot root : roots) {
            merged.overlay(reader.read(root));
        }
        ReferenceCheck.run(merged);
        for (ContentFile file : reader.files()) {
            problems.addAll(file.drainProblems());
        }
        problems.sort(Comparator.comparing(ContentProblem::file).thenComparingInt(ContentProblem::line)
                .thenComparingInt(ContentProblem::column));
        Catalog catalog = new Catalog(items(merged.exercises), items(merged.conditions), items(merged.templates),
                items(merged.sources), items(merged.redFlags), items(merged.advice), merged.disclaimer,
                items(merged.poses));
        return new LoadResult(catalog, problems);
    }

    /** The bundled content, plus a clinic's folder when one is given. */
    public LoadResult loadBundledAnd(Optional<Path> clinicFolder) {
        List<ContentRoot> roots = new ArrayList<>();
        roots.add(BundledContent.locate());
        clinicFolder.map(ContentRoot::clinic).ifPresent(roots::add);
        return load(roots);
    }

    private static <T> Map<String, T> items(Map<String, Located<T>> located) {
        return located.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().item()));
    }

}
