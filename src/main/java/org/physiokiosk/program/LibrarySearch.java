package org.physiokiosk.program;

import java.text.Collator;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.physiokiosk.content.Catalog;
import org.physiokiosk.content.Exercise;
import org.physiokiosk.content.LocalizedText;
import org.physiokiosk.content.Step;

/**
 * Finds exercises in the catalog while the therapist types. The searchable words of every exercise (title,
 * summary, steps, in all its languages) are folded once, so each keystroke only scans plain strings.
 */
public final class LibrarySearch {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final List<Exercise> ordered;
    private final Map<String, String> folded;

    /** Results come in title order of {@code language} (the screen's), as the therapist reads them. */
    public LibrarySearch(Catalog catalog, String language) {
        Collator collator = Collator.getInstance(Locale.forLanguageTag(language));
        this.ordered = catalog.exercises().values().stream()
                .sorted(Comparator.comparing((Exercise e) -> e.title().in(language), collator)
                        .thenComparing(Exercise::id))
                .toList();
        this.folded = ordered.stream().collect(Collectors.toMap(Exercise::id, LibrarySearch::searchableText));
    }

    public List<Exercise> find(ExerciseFilter filter) {
        List<String> words = words(filter.text());
        return ordered.stream()
                .filter(e -> anyOf(filter.regions(), e.regions()))
                .filter(e ->
                        filter.categories().isEmpty() || filter.categories().contains(e.category()))
                .filter(e -> filter.startPositions().isEmpty()
                        || filter.startPositions().contains(e.startPosition()))
                .filter(e -> anyOf(filter.equipment(), e.equipment()))
                .filter(e -> words.stream().allMatch(folded.get(e.id())::contains))
                .toList();
    }

    /** Lower case, accents dropped ("Knieën" and "knieen" meet), punctuation to single spaces. */
    static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String bare = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
        return NOT_WORD.matcher(bare).replaceAll(" ").strip();
    }

    private static List<String> words(String text) {
        String folded = fold(text);
        return folded.isEmpty() ? List.of() : Arrays.asList(folded.split(" "));
    }

    private static <T> boolean anyOf(Set<T> wanted, Collection<T> has) {
        return wanted.isEmpty() || has.stream().anyMatch(wanted::contains);
    }

    private static String searchableText(Exercise exercise) {
        Stream<LocalizedText> texts = Stream.concat(
                Stream.of(exercise.title(), exercise.summary()),
                exercise.steps().stream().map(Step::text));
        // Spaces around every text, so a word never runs on from one text into the next.
        return texts.flatMap(text -> text.values().values().stream())
                .map(LibrarySearch::fold)
                .collect(Collectors.joining(" ", " ", " "));
    }
}
