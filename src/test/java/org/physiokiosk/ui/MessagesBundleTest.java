package org.physiokiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
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
        for (String language : Messages.LANGUAGES) {
            assertThat(file(language).stringPropertyNames()).as("keys of messages for %s", language)
                    .containsExactlyInAnyOrderElementsOf(dutch);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"nl", "en"})
    void noTextIsBlank(String language) throws IOException {
        Properties texts = file(language);
        for (String key : texts.stringPropertyNames()) {
            assertThat(texts.getProperty(key)).as(key).isNotBlank();
        }
    }

    @Test
    void aMissingKeyShowsTheKeyInsteadOfFailing() {
        assertThat(new Messages("en").get("no.such.key")).isEqualTo("[no.such.key]");
    }
}
