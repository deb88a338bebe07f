package org.physiokiosk.content;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import org.physiokiosk.common.Language;

/**
 * Reads a text in several languages ({@code {"nl": "...", "en": "..."}}): Dutch is required, a missing English
 * text is a warning (the Dutch one is shown), any other two-letter language may be added.
 */
final class LocalizedTextReader {

    private static final Language[] OFFERED = Language.values();

    private LocalizedTextReader() {}

    static LocalizedText read(JsonNode value, JsonPath pointer, ContentFile file) {
        if (!value.isObject()) {
            file.error(
                    pointer,
                    "a text must be an object with one entry per language, like {\"nl\": \"...\", \"en\": \"...\"}");
            return null;
        }
        // Collected into an immutable map directly: texts are the bulk of every file, and a HashMap
        // copied into an immutable one per text was most of what loading allocated.
        @SuppressWarnings("unchecked")
        Map.Entry<String, String>[] byLanguage = new Map.Entry[value.size()];
        int count = 0;
        boolean wellFormed = true;
        boolean hasDutch = false;
        for (Iterator<Map.Entry<String, JsonNode>> entries = value.fields(); entries.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = entries.next();
            String language = entry.getKey();
            JsonNode text = entry.getValue();
            if (!isLanguageCode(language)) {
                file.error(
                        pointer.property(language),
                        "'" + language + "' is not a two-letter language code such as nl, en, pl");
                wellFormed = false;
            } else if (!text.isTextual() || text.asText().isBlank()) {
                file.error(pointer.property(language), "the " + language + " text must be a non-empty text");
                wellFormed = false;
            } else if (hasInvisible(text.asText(), language, pointer, file)) {
                wellFormed = false;
            } else {
                byLanguage[count++] = Map.entry(language, text.asText());
                hasDutch |= language.equals(LocalizedText.REFERENCE_LANGUAGE);
            }
        }
        if (!wellFormed) {
            return null;
        }
        if (!hasDutch) {
            file.error(pointer, "the Dutch (nl) text is missing; Dutch is the reference language");
            return null;
        }
        for (Language offered : OFFERED) {
            if (offered != Language.REFERENCE && !has(byLanguage, count, offered.code())) {
                file.warning(
                        pointer,
                        "the " + offered.englishName() + " (" + offered.code() + ") text is missing; the "
                                + Language.REFERENCE.englishName() + " text is shown instead");
            }
        }
        return new LocalizedText(Map.ofEntries(byLanguage));
    }

    /** Whether a language is among the first {@code count} texts: a text has two or three, no set is worth making. */
    private static boolean has(Map.Entry<String, String>[] byLanguage, int count, String language) {
        for (int i = 0; i < count; i++) {
            if (byLanguage[i].getKey().equals(language)) {
                return true;
            }
        }
        return false;
    }

    /** Reports the first invisible or control character of a text: one may turn a safety notice around on screen. */
    private static boolean hasInvisible(String text, String language, JsonPath pointer, ContentFile file) {
        int index = InvisibleCharacters.find(text);
        if (index < 0) {
            return false;
        }
        file.error(
                pointer.property(language),
                "the " + language + " text contains an invisible or control character "
                        + InvisibleCharacters.describe(text, index) + " at character " + (index + 1) + "; remove it");
        return true;
    }

    static boolean isLanguageCode(String text) {
        return text.length() == 2
                && text.charAt(0) >= 'a'
                && text.charAt(0) <= 'z'
                && text.charAt(1) >= 'a'
                && text.charAt(1) <= 'z';
    }
}
