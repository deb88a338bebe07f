package org.physiokiosk.handout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.physiokiosk.content.Urgency;

/** Both handout languages are complete, and the urgency wording is the kiosk's, word for word. */
class HandoutWordsTest {

    @Test
    void dutchAndEnglishHaveTheSameKeysAndNoEmptyText() throws IOException {
        Properties nl = load("/org/physiokiosk/handout/handout.properties");
        Properties en = load("/org/physiokiosk/handout/handout_en.properties");
        assertThat(en.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(nl.stringPropertyNames());
        assertThat(nl.values()).allSatisfy(text -> assertThat(text.toString()).isNotBlank());
        assertThat(en.values()).allSatisfy(text -> assertThat(text.toString()).isNotBlank());
    }

    @Test
    void urgencyHeadingsMatchTheKiosk() throws IOException {
        Properties kioskNl = load("/org/physiokiosk/ui/i18n/messages.properties");
        Properties kioskEn = load("/org/physiokiosk/ui/i18n/messages_en.properties");
        for (Urgency urgency : Urgency.values()) {
            String key = "condition.urgency."
                    + urgency.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
            assertThat(new HandoutWords("nl").urgency(urgency)).isEqualTo(kioskNl.getProperty(key));
            assertThat(new HandoutWords("en").urgency(urgency)).isEqualTo(kioskEn.getProperty(key));
        }
    }

    @Test
    void datesAreWrittenOutInTheHandoutsLanguage() {
        var date = java.time.LocalDate.of(2026, 11, 30);
        assertThat(new HandoutWords("nl").longDate(date)).isEqualTo("30 november 2026");
        assertThat(new HandoutWords("en").longDate(date)).isEqualTo("30 November 2026");
        assertThat(new HandoutWords("nl").weekday(date)).isEqualTo("ma");
        assertThat(new HandoutWords("en").weekday(date)).isEqualTo("Mon");
        assertThat(new HandoutWords("nl").dayAndMonth(date)).isEqualTo("30/11");
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = HandoutWordsTest.class.getResourceAsStream(resource)) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }
}
