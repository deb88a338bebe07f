package org.physiokiosk.content;

import java.util.AbstractMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A text in exactly two languages, as nearly every content text is (Dutch and English): two names and two
 * texts in fields, where {@code Map.of} builds a hashed table per text (a file holds about fifteen texts, and
 * building those tables was about 7 % of reading an exercise). Immutable, and equal to any map with the same
 * two entries, as {@link AbstractMap} compares by entries.
 */
final class TwoTexts extends AbstractMap<String, String> {

    private final String firstLanguage;
    private final String firstText;
    private final String secondLanguage;
    private final String secondText;

    TwoTexts(String firstLanguage, String firstText, String secondLanguage, String secondText) {
        this.firstLanguage = Objects.requireNonNull(firstLanguage);
        this.firstText = Objects.requireNonNull(firstText);
        this.secondLanguage = Objects.requireNonNull(secondLanguage);
        this.secondText = Objects.requireNonNull(secondText);
        if (firstLanguage.equals(secondLanguage)) {
            throw new IllegalArgumentException("one language twice: " + firstLanguage);
        }
    }

    @Override
    public String get(Object language) {
        return firstLanguage.equals(language) ? firstText : secondLanguage.equals(language) ? secondText : null;
    }

    @Override
    public boolean containsKey(Object language) {
        return firstLanguage.equals(language) || secondLanguage.equals(language);
    }

    @Override
    public int size() {
        return 2;
    }

    @Override
    public Set<Map.Entry<String, String>> entrySet() {
        return Set.of(Map.entry(firstLanguage, firstText), Map.entry(secondLanguage, secondText));
    }
}
