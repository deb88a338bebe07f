package org.physiokiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The screens speak to the person in front of them: no file names, settings keys or command lines, which a
 * therapist at the desk cannot act on. The templates hint sent them to "contentFolder in settings.properties";
 * it now says what it means for them and that the administrator sets it up. A text for the administrator alone is
 * allowed the detail, and must say it is the administrator's.
 */
class TherapistWordsTest {

    private static final String BUNDLE = "/org/physiokiosk/ui/i18n/messages%s.properties";

    /**
     * Said on the PIN gate when no PIN can be checked: nobody at the kiosk can get in, so the one who can help is
     * the administrator, and the exact line saves them a look-up.
     */
    private static final Map<String, String> FOR_THE_ADMINISTRATOR = Map.of(
            "therapist.pin.notConfigured", "the desk's PIN gate with no PIN set: closed to everyone",
            "staff.pin.notConfigured", "the kiosk's staff door with no PIN set: closed to everyone",
            "therapist.pin.broken", "the PIN gate with an unreadable PIN line: closed to everyone");

    /**
     * Said on the desk with a file and its problem filled in at run time (the clinic's content folder): the detail is
     * for whoever mends the folder, so the text must say who that is.
     */
    private static final List<String> WITH_DETAIL_FOR_THE_ADMINISTRATOR =
            List.of("therapist.content.unreadable", "therapist.content.someUnreadable");

    private static final List<String> SETTINGS_KEYS = List.of(
            "clinicName",
            "contactLine",
            "idleSeconds",
            "contentFolder",
            "therapistPinHash",
            "programStore",
            "programStoreCredentials",
            "programCodeGraceDays");

    private static final Pattern FILE_OR_COMMAND =
            Pattern.compile("\\w\\.(properties|json|jar|sh|bat|exe)\\b|java -|\\s--\\w|physiokiosk\\.\\w");

    @ParameterizedTest
    @ValueSource(strings = {"", "_en"})
    void noTextNamesAFileASettingOrACommandLine(String language) throws IOException {
        Properties texts = bundle(language);
        for (String key : texts.stringPropertyNames()) {
            if (FOR_THE_ADMINISTRATOR.containsKey(key)) {
                continue;
            }
            String text = texts.getProperty(key);
            assertThat(FILE_OR_COMMAND.matcher(text).find())
                    .as("%s names a file or a command: %s", key, text)
                    .isFalse();
            assertThat(SETTINGS_KEYS)
                    .as("%s names a setting: %s", key, text)
                    .noneMatch(setting -> Pattern.compile("\\b" + setting + "\\b")
                            .matcher(text)
                            .find());
        }
    }

    @Test
    void theTextsForTheAdministratorSayWhoTheyAreFor() throws IOException {
        for (String key : concat(FOR_THE_ADMINISTRATOR.keySet(), WITH_DETAIL_FOR_THE_ADMINISTRATOR)) {
            assertThat(bundle("").getProperty(key)).as(key).contains("beheerder");
            assertThat(bundle("_en").getProperty(key)).as(key).contains("administrator");
        }
    }

    @Test
    void theTemplatesHintSaysWhoCanSetTheFolderUp() throws IOException {
        assertThat(bundle("").getProperty("builder.templates.noFolder")).contains("je beheerder");
        assertThat(bundle("_en").getProperty("builder.templates.noFolder")).contains("Your administrator");
    }

    private static List<String> concat(java.util.Collection<String> first, List<String> second) {
        return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
    }

    private static Properties bundle(String language) throws IOException {
        String name = String.format(BUNDLE, language);
        try (InputStream in = TherapistWordsTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            Properties texts = new Properties();
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return texts;
        }
    }
}
