package org.physiokiosk.content;

import java.util.Map;
import java.util.Set;
import org.physiokiosk.common.Language;

/**
 * A text a person sees, in one or more languages. Dutch is the reference language: every text has it, and
 * a language that is missing falls back to it.
 */
public record LocalizedText(Map<String, String> values) {

    public static final String REFERENCE_LANGUAGE = Language.REFERENCE.code();

    public LocalizedText {
        values = values instanceof TwoTexts ? values : Map.copyOf(values); // TwoTexts is immutable already
        if (!values.containsKey(REFERENCE_LANGUAGE)) {
            throw new IllegalArgumentException("a text needs its Dutch (nl) version");
        }
    }

    public static LocalizedText of(String nl, String en) {
        return new LocalizedText(Map.of("nl", nl, "en", en));
    }

    /** The text in {@code language}, or the Dutch text when that language is missing. */
    public String in(String language) {
        String text = values.get(language);
        return text != null ? text : values.get(REFERENCE_LANGUAGE);
    }

    public boolean has(String language) {
        return values.containsKey(language);
    }

    public Set<String> languages() {
        return values.keySet();
    }
}
