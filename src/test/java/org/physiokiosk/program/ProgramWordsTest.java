package org.physiokiosk.program;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every builder word exists in Dutch and English; read as plain files, as a bundle would hide a gap. */
class ProgramWordsTest {

    private static Properties file(String language) throws IOException {
        String suffix = language.equals("nl") ? "" : "_" + language;
        String path = "/" + ProgramWords.BUNDLE.replace('.', '/') + suffix + ".properties";
        Properties properties = new Properties();
        try (InputStream in = ProgramWordsTest.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void englishHasExactlyTheDutchKeys() throws IOException {
        assertThat(file("en").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(file("nl").stringPropertyNames());
    }

    @ParameterizedTest
    @ValueSource(strings = {"nl", "en"})
    void everyFieldHasANameAndNoTextIsBlank(String language) throws IOException {
        Properties words = file(language);
        for (DoseField field : DoseField.values()) {
            assertThat(words.getProperty("field." + field.key()))
                    .as(field + " in " + language)
                    .isNotBlank();
        }
        for (String key : words.stringPropertyNames()) {
            assertThat(words.getProperty(key)).as(key).isNotBlank();
        }
    }

    @Test
    void anApostropheSurvivesTheFormatting() {
        assertThat(new ProgramWords("en").get("problem.reviewBeforeDate", "2026-11-29"))
                .isEqualTo("The review date is before the program's date (2026-11-29)");
    }

    @Test
    void anUnknownLanguageFallsBackToDutchNotToTheMachinesLanguage() {
        assertThat(new ProgramWords("tr").get("field.sets")).isEqualTo("Series");
    }
}
