package org.physiokiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.physiokiosk.common.KebabCase;
import org.physiokiosk.common.Language;
import org.physiokiosk.content.JsonName;
import org.physiokiosk.content.Urgency;
import org.physiokiosk.program.PatientNameCheck;
import org.physiokiosk.ui.i18n.Messages;

/**
 * Every screen word exists in every language. The files are read as plain properties: a ResourceBundle
 * would quietly fill a missing key from the Dutch parent and hide the gap.
 */
class MessagesBundleTest {

    private static Properties file(String language) throws IOException {
        String suffix = language.equals("nl") ? "" : "_" + language;
        String path = "/" + Messages.BUNDLE.replace('.', '/') + suffix + ".properties";
        Properties properties = new Properties();
        try (InputStream in = MessagesBundleTest.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void everyOfferedLanguageHasExactlyTheDutchKeys() throws IOException {
        var dutch = file("nl").stringPropertyNames();
        for (String language : Language.codes()) {
            assertThat(file(language).stringPropertyNames())
                    .as("keys of messages for %s", language)
                    .containsExactlyInAnyOrderElementsOf(dutch);
        }
    }

    @Test
    void noTextIsBlank() throws IOException {
        for (Language language : Language.values()) {
            Properties texts = file(language.code());
            for (String key : texts.stringPropertyNames()) {
                assertThat(texts.getProperty(key)).as("%s in %s", key, language).isNotBlank();
            }
        }
    }

    /** Keys the screens build at run time (per urgency, language, field naming the patient), in every language. */
    @Test
    void keysBuiltAtRunTimeExistInEveryLanguage() throws IOException {
        for (Language language : Language.values()) {
            var keys = file(language.code()).stringPropertyNames();
            for (Urgency urgency : Urgency.values()) {
                assertThat(keys).as("in %s", language).contains("condition.urgency." + JsonName.of(urgency));
            }
            for (Language named : Language.values()) {
                assertThat(keys).as("in %s", language).contains("language." + named.code());
            }
            for (PatientNameCheck.Field field : PatientNameCheck.Field.values()) {
                assertThat(keys).as("in %s", language).contains("builder.details.nameIn." + KebabCase.of(field));
            }
        }
    }

    @Test
    void aMissingKeyShowsTheKeyInsteadOfFailing() {
        assertThat(new Messages("en").get("no.such.key")).isEqualTo("[no.such.key]");
    }
}
