package org.physiokiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.physiokiosk.content.ProgramTemplate;
import org.physiokiosk.testing.TherapistDesk;

/**
 * F30: the English screens say "program" (US, the app's spelling) everywhere; a template titled "Low back
 * programme" stood beside "program" in every other English text.
 */
class UsSpellingTest {

    private static final Pattern BRITISH = Pattern.compile("(?i)\\bprogrammes?\\b");

    @Test
    void everyEnglishTextSaysProgram() throws IOException {
        List<String> texts = new ArrayList<>();
        texts.add(resource("/org/physiokiosk/ui/i18n/messages_en.properties"));
        texts.add(resource("/org/physiokiosk/handout/handout_en.properties"));
        for (ProgramTemplate template : TherapistDesk.catalog().templates().values()) {
            texts.add(template.title().in("en"));
            template.description().ifPresent(description -> texts.add(description.in("en")));
        }
        assertThat(texts).noneMatch(text -> BRITISH.matcher(text).find());
        assertThat(texts).anyMatch(text -> text.contains("Low back program (lumbago"));
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = UsSpellingTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
