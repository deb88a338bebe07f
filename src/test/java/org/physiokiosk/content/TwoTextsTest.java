package org.physiokiosk.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** A two-language text read from a file must behave as the {@code Map.of} it stands in for. */
class TwoTextsTest {

    private final TwoTexts texts = new TwoTexts("nl", "Buig", "en", "Bend");

    @Test
    void equalsAndHashesAsTheSameEntriesInAnyMap() {
        assertThat(texts)
                .isEqualTo(Map.of("en", "Bend", "nl", "Buig"))
                .hasSameHashCodeAs(Map.of("nl", "Buig", "en", "Bend"));
        assertThat(Map.of("nl", "Buig", "en", "Bend")).isEqualTo(texts);
        assertThat(texts).isNotEqualTo(Map.of("nl", "Buig", "en", "Bent")).isNotEqualTo(Map.of("nl", "Buig"));
        assertThat(new LocalizedText(texts)).isEqualTo(LocalizedText.of("Buig", "Bend"));
    }

    @Test
    void findsEachLanguageAndNoOther() {
        assertThat(texts.get("nl")).isEqualTo("Buig");
        assertThat(texts.get("en")).isEqualTo("Bend");
        assertThat(texts.get("pl")).isNull();
        assertThat(texts.containsKey("en")).isTrue();
        assertThat(texts.containsKey("pl")).isFalse();
        assertThat(texts.keySet()).containsExactlyInAnyOrder("nl", "en");
        assertThat(new LocalizedText(texts).in("pl")).isEqualTo("Buig");
    }

    @Test
    void cannotBeChangedNorHoldOneLanguageTwice() {
        assertThatThrownBy(() -> texts.put("pl", "Zegnij")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> texts.remove("nl")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(texts::clear).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> new TwoTexts("nl", "a", "nl", "b")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aLocalizedTextKeepsItWithoutCopying() {
        assertThat(new LocalizedText(texts).values()).isSameAs(texts);
    }
}
