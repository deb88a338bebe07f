package org.physiokiosk.common;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages PhysioKiosk speaks, in one place: the screens' bundles, the settings, the content texts
 * and the handouts all take their list from here, so a third language is this one constant (plus its
 * bundles and texts). Dutch is the reference: every text has it and a missing translation falls back to it.
 */
public enum Language {
    NL("nl", "Dutch"),
    EN("en", "English");

    public static final Language REFERENCE = NL;

    private final String code;
    private final String englishName;

    Language(String code, String englishName) {
        this.code = code;
        this.englishName = englishName;
    }

    /** The language's name in English, for messages to the people who write content files. */
    public String englishName() {
        return englishName;
    }

    /** The ISO 639-1 code used in content files, settings and bundles: "nl". */
    public String code() {
        return code;
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    public static Optional<Language> byCode(String code) {
        return Arrays.stream(values())
                .filter(language -> language.code.equals(code))
                .findFirst();
    }

    public static boolean isSupported(String code) {
        return byCode(code).isPresent();
    }

    public static List<String> codes() {
        return Arrays.stream(values()).map(Language::code).toList();
    }
}
