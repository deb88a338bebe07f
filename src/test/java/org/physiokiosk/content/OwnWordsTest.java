package org.physiokiosk.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Every text in the bundled content is in our own words: none shares a run of {@value #RUN} or more
 * consecutive words with a source text. The sources are not ours to ship, so they are read from the shared
 * {@code shared/seeds} folder beside the clone (found by walking up from the working directory, or named with
 * {@code -Dphysiokiosk.seeds=DIR}); where there is none, the check is skipped, not passed. Words are compared
 * in lower case, without punctuation and with accents folded, so "knieën" and a scanned "knieén" are the same
 * word and a run does not stop at a full stop. The texts are those a person reads ({@link BundledTexts}); the
 * titles of the cited sources in {@code sources.json} are quoted on purpose and are not among them.
 */
class OwnWordsTest {

    static final int RUN = 8;
    static final String SEEDS_PROPERTY = "physiokiosk.seeds";

    @Test
    void noContentTextFollowsASourceForEightWordsOrMore() throws IOException {
        Optional<Path> seeds = seedsFolder();
        Assumptions.assumeTrue(
                seeds.isPresent(),
                () -> "no shared/seeds folder above " + Path.of("").toAbsolutePath() + " (nor -D" + SEEDS_PROPERTY
                        + "): own-words check skipped");
        Map<String, String> runs = sourceRuns(seeds.get());
        assertThat(runs).as("seed texts in " + seeds.get()).isNotEmpty();

        List<String> copied = new ArrayList<>();
        for (BundledTexts.Pair pair : BundledTexts.all()) {
            for (String text : List.of(pair.nl(), pair.en())) {
                longestSharedRun(text, runs).ifPresent(run -> copied.add(pair.where() + ": " + run));
            }
        }
        assertThat(copied)
                .as("texts that follow a source word for word (" + RUN + "+ words in a row); "
                        + "rewrite them in our own words")
                .isEmpty();
    }

    @Test
    void aRunIsFoundAcrossPunctuationCaseAndAccents() {
        Map<String, String> runs = new HashMap<>();
        addRuns("Eerst een zin. Dan één heel lange zin die hier precies zo staat, klaar.", "made-up", runs);
        assertThat(longestSharedRun("Hier: DAN EEN heel lange zin, die hier precies zo staat!", runs))
                .hasValueSatisfying(
                        run -> assertThat(run).startsWith("10 words").contains("made-up"));
        assertThat(longestSharedRun("Dan een heel lange zin die hier anders staat.", runs))
                .isEmpty();
    }

    static Optional<Path> seedsFolder() {
        String named = System.getProperty(SEEDS_PROPERTY);
        if (named != null && !named.isBlank()) {
            return Optional.of(Path.of(named)).filter(Files::isDirectory);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path seeds = dir.resolve("shared").resolve("seeds");
            if (Files.isDirectory(seeds)) {
                return Optional.of(seeds);
            }
        }
        return Optional.empty();
    }

    /** Every run of {@link #RUN} words in the seed texts, with the seed it comes from. */
    static Map<String, String> sourceRuns(Path seeds) throws IOException {
        Map<String, String> runs = new HashMap<>();
        try (Stream<Path> files = Files.list(seeds)) {
            for (Path seed : files.filter(Files::isRegularFile).sorted().toList()) {
                addRuns(Files.readString(seed), seed.getFileName().toString(), runs);
            }
        }
        return runs;
    }

    private static void addRuns(String text, String origin, Map<String, String> runs) {
        List<String> words = words(text);
        for (int i = 0; i + RUN <= words.size(); i++) {
            runs.putIfAbsent(String.join(" ", words.subList(i, i + RUN)), origin);
        }
    }

    /** The longest stretch of the text made of overlapping source runs, as "N words from SEED: ...". */
    static Optional<String> longestSharedRun(String text, Map<String, String> runs) {
        List<String> words = words(text);
        int bestStart = -1;
        int bestLength = 0;
        for (int i = 0; i + RUN <= words.size(); i++) {
            int end = i;
            while (end + RUN <= words.size() && runs.containsKey(String.join(" ", words.subList(end, end + RUN)))) {
                end++;
            }
            int length = end == i ? 0 : end - i + RUN - 1;
            if (length > bestLength) {
                bestStart = i;
                bestLength = length;
            }
        }
        if (bestStart < 0) {
            return Optional.empty();
        }
        String origin = runs.get(String.join(" ", words.subList(bestStart, bestStart + RUN)));
        return Optional.of(bestLength + " words in a row from " + origin + ": \""
                + String.join(" ", words.subList(bestStart, bestStart + bestLength)) + "\"");
    }

    static List<String> words(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        return Arrays.stream(folded.split("[^\\p{L}\\p{N}]+"))
                .filter(w -> !w.isEmpty())
                .toList();
    }
}
