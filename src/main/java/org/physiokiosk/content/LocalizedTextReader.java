package org.physiokiosk.content;

import java.util.Map;
import org.physiokiosk.common.Language;

/**
 * Reads a text in several languages ({@code {"nl": "...", "en": "..."}}): Dutch is required, a missing English
 * text is a warning (the Dutch one is shown), any other two-letter language may be added.
 */
final class LocalizedTextReader {

    private static final Language[] OFFERED = Language.values();

    private LocalizedTextReader() {}

    /** The text at {@code field} of {@code owner}, or at its element {@code index} (-1: the field itself). */
    static LocalizedText read(Object value, JsonFields owner, String field, int index) {
        ContentFile file = owner.file();
        if (!(value instanceof JsonObject texts)) {
            JsonPath pointer = owner.place(field, index);
            file.error(
                    pointer,
                    "a text must be an object with one entry per language, like {\"nl\": \"...\", \"en\": \"...\"}");
            return null;
        }
        boolean wellFormed = true;
        boolean hasDutch = false;
        for (int i = 0; i < texts.size(); i++) {
            String language = texts.name(i);
            Object given = texts.value(i);
            if (!isLanguageCode(language)) {
                file.error(
                        owner.place(field, index).property(language),
                        "'" + language + "' is not a two-letter language code such as nl, en, pl");
                wellFormed = false;
            } else if (!(given instanceof String text) || text.isBlank()) {
                file.error(
                        owner.place(field, index).property(language),
                        "the " + language + " text must be a non-empty text");
                wellFormed = false;
            } else if (hasInvisible(text, language, owner, field, index)) {
                wellFormed = false;
            } else {
                hasDutch |= language.equals(LocalizedText.REFERENCE_LANGUAGE);
            }
        }
        if (!wellFormed) {
            return null;
        }
        // From here every entry is a language and its text: the file's own names and texts become the map.
        if (!hasDutch) {
            file.error(owner.place(field, index), "the Dutch (nl) text is missing; Dutch is the reference language");
            return null;
        }
        for (Language offered : OFFERED) {
            if (offered != Language.REFERENCE && !has(texts, offered.code())) {
                file.warning(
                        owner.place(field, index),
                        "the " + offered.englishName() + " (" + offered.code() + ") text is missing; the "
                                + Language.REFERENCE.englishName() + " text is shown instead");
            }
        }
        return new LocalizedText(texts.size() == 2 ? twoLanguages(texts) : Map.ofEntries(entries(texts)));
    }

    /** Whether the text is given in a language: a text has two or three, no set is worth making. */
    private static boolean has(JsonObject texts, String language) {
        return texts.indexOf(language) >= 0;
    }

    /** Dutch and English, the common case: two fields, no table (see {@link TwoTexts}). */
    private static Map<String, String> twoLanguages(JsonObject texts) {
        return new TwoTexts(texts.name(0), (String) texts.value(0), texts.name(1), (String) texts.value(1));
    }

    @SuppressWarnings("unchecked")
    private static Map.Entry<String, String>[] entries(JsonObject texts) {
        Map.Entry<String, String>[] entries = new Map.Entry[texts.size()];
        for (int i = 0; i < entries.length; i++) {
            entries[i] = Map.entry(texts.name(i), (String) texts.value(i));
        }
        return entries;
    }

    /** Reports the first invisible or control character of a text: one may turn a safety notice around on screen. */
    private static boolean hasInvisible(String text, String language, JsonFields owner, String field, int index) {
        ContentFile file = owner.file();
        int at = file.mayHideCharacters() ? InvisibleCharacters.find(text) : -1;
        if (at < 0) {
            return false;
        }
        file.error(
                owner.place(field, index).property(language),
                "the " + language + " text contains an invisible or control character "
                        + InvisibleCharacters.describe(text, at) + " at character " + (at + 1) + "; remove it");
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
