package org.physiokiosk.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What the clinical review of the content checks by hand, kept by tests so a later edit cannot undo it: Dutch and
 * English give the same numbers, sentences stay short for a patient who reads little Dutch, the Dutch says "je",
 * and nothing of the sources' shops, brands or calls to book comes along.
 */
class PlainTwoLanguagesTest {

    /** Dutch is the reference and the language many patients read with effort: short sentences. */
    static final int MOST_WORDS_NL = 20;

    static final int MOST_WORDS_EN = 22;

    // "een"/"één" and "one"/"two" also serve as article or pronoun ("one vertebra at a time"), so only the
    // number words that cannot be anything else are counted, with every digit.
    private static final Map<String, String> NUMBER_WORDS = Map.ofEntries(
            Map.entry("drie", "3"), Map.entry("three", "3"),
            Map.entry("vier", "4"), Map.entry("four", "4"),
            Map.entry("vijf", "5"), Map.entry("five", "5"),
            Map.entry("zes", "6"), Map.entry("six", "6"),
            Map.entry("zeven", "7"), Map.entry("seven", "7"),
            Map.entry("acht", "8"), Map.entry("eight", "8"),
            Map.entry("negen", "9"), Map.entry("nine", "9"),
            Map.entry("tien", "10"), Map.entry("ten", "10"),
            Map.entry("dertig", "30"), Map.entry("thirty", "30"));

    private static final Pattern TOKEN = Pattern.compile("\\d+|\\p{L}+");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.?!])\\s+");
    private static final Pattern FORMAL_DUTCH = Pattern.compile("(?i)(?<!\\p{L})(u|uw|uzelf)(?!\\p{L})");

    /** Shops, brands, publishers and calls to book in the seed texts; credit belongs in sources.json only. */
    private static final Pattern NOT_OURS = Pattern.compile(
            "(?i)rugexpert|anodyne|haga|kenniscentrum|nørre|spar op|læs mere|rugbrace|brace|e-?book|oefenboek"
                    + "|beoordeling|\\breview|afspraak|appointment|\\bbook\\b|online|http|www\\.|\\.(nl|com|dk)\\b"
                    + "|\\d+\\s?%|\\bkr\\b|€|korting|discount|dry needling|chiropract|holisti");

    @Test
    void dutchAndEnglishGiveTheSameNumbers() {
        List<String> differ = new ArrayList<>();
        for (BundledTexts.Pair pair : BundledTexts.all()) {
            if (!numbers(pair.nl()).equals(numbers(pair.en()))) {
                differ.add(pair.where() + ": " + numbers(pair.nl()) + " / " + numbers(pair.en()));
            }
        }
        assertThat(differ).isEmpty();
    }

    @Test
    void aNumberLostInTranslationIsSeen() {
        assertThat(numbers("Houd dit vijf seconden vast, 2 keer per dag."))
                .isEqualTo(numbers("Hold this for 5 seconds, 2 times a day."))
                .isNotEqualTo(numbers("Hold this for three seconds, 2 times a day."));
    }

    @Test
    void sentencesAreShort() {
        List<String> tooLong = new ArrayList<>();
        for (BundledTexts.Pair pair : BundledTexts.all()) {
            tooLong.addAll(longSentences(pair.where() + " nl", pair.nl(), MOST_WORDS_NL));
            tooLong.addAll(longSentences(pair.where() + " en", pair.en(), MOST_WORDS_EN));
        }
        assertThat(tooLong).isEmpty();
    }

    @Test
    void theDutchSaysJeNeverU() {
        assertThat(BundledTexts.all())
                .filteredOn(pair -> FORMAL_DUTCH.matcher(pair.nl()).find())
                .extracting(BundledTexts.Pair::where)
                .isEmpty();
        assertThat(FORMAL_DUTCH.matcher("Leg uw handen op de heup.").find()).isTrue();
        assertThat(FORMAL_DUTCH.matcher("Buig je knieën, uitademen.").find()).isFalse();
    }

    /** "kinesist" is the Flemish word, added beside "fysiotherapeut", never instead of it. */
    @Test
    void theFlemishWordStandsBesideFysiotherapeut() {
        for (BundledTexts.Pair pair : BundledTexts.all()) {
            String nl = pair.nl().toLowerCase(Locale.ROOT);
            assertThat(nl.replace("fysiotherapeut (kinesist)", ""))
                    .as(pair.where())
                    .doesNotContain("kinesist")
                    .doesNotContain("kinesioloog")
                    .doesNotContainPattern("\\bfysio\\b");
        }
    }

    @Test
    void noShopBrandOrCallToBookComesFromTheSources() {
        List<String> found = new ArrayList<>();
        for (BundledTexts.Pair pair : BundledTexts.all()) {
            for (String text : List.of(pair.nl(), pair.en())) {
                Matcher matcher = NOT_OURS.matcher(text);
                if (matcher.find()) {
                    found.add(pair.where() + ": '" + matcher.group() + "' in " + text);
                }
            }
        }
        assertThat(found).isEmpty();
        assertThat(NOT_OURS.matcher("Maak dan een afspraak met een Rugexpert.").find())
                .isTrue();
    }

    private static List<String> numbers(String text) {
        List<String> found = new ArrayList<>();
        Matcher token = TOKEN.matcher(text.toLowerCase(Locale.ROOT));
        while (token.find()) {
            String word = token.group();
            if (Character.isDigit(word.charAt(0))) {
                found.add(word);
            } else if (NUMBER_WORDS.containsKey(word)) {
                found.add(NUMBER_WORDS.get(word));
            }
        }
        found.sort(null);
        return found;
    }

    private static List<String> longSentences(String where, String text, int most) {
        List<String> tooLong = new ArrayList<>();
        for (String sentence : SENTENCE_END.split(text)) {
            int words = sentence.isBlank() ? 0 : sentence.trim().split("\\s+").length;
            if (words > most) {
                tooLong.add(where + ": " + words + " words: " + sentence);
            }
        }
        return tooLong;
    }
}
