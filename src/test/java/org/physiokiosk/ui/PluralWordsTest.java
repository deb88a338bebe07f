package org.physiokiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.physiokiosk.ui.i18n.Messages;

/**
 * Plural messages read right in both languages. Every apostrophe a message means is on screen. A plural branch that holds its number ("{0} pagina''s") is read by
 * MessageFormat twice, so one escaped quote there is eaten: the desk's preview said "8 paginas" (seen on the real
 * desk at 1280x800, 2026-11-30). Each message with a quote is formatted with twos for its numbers, and what comes
 * out must hold as many apostrophes as the text means.
 */
class PluralWordsTest {

    @ParameterizedTest
    @ValueSource(strings = {"nl", "en"})
    void everyMeantApostropheIsShown(String language) {
        ResourceBundle bundle = Messages.bundleFor(language);
        Messages messages = new Messages(language);
        List<String> lost = new ArrayList<>();
        for (String key : Collections.list(bundle.getKeys())) {
            String pattern = bundle.getString(key);
            if (!pattern.contains("''") || !pattern.contains("{")) {
                continue; // without an argument the text is shown as written (Messages.get)
            }
            Object[] twos = Collections.nCopies(10, (Object) 2).toArray();
            String shown = messages.format(key, twos);
            // '' is one apostrophe; so is '''' in a plural branch, which the second reading turns into ''
            long meant = pattern.replace("''''", "''").split("''", -1).length - 1;
            long apostrophes = shown.chars().filter(c -> c == '\'').count();
            if (apostrophes < meant) {
                lost.add(key + " shows: " + shown);
            }
        }
        assertThat(lost).as("messages that lose an apostrophe").isEmpty();
    }

    /** Dutch inflects the adjective with the count: "1 rood veld", "5 rode velden" (the desk said "5 rood velden"). */
    @Test
    void dutchRedFieldsAgreeWithTheirCount() {
        Messages messages = new Messages("nl");
        assertThat(messages.format("builder.problems.more", "Series", 1)).isEqualTo("Series (en nog 1 rood veld)");
        assertThat(messages.format("builder.problems.more", "Series", 5)).isEqualTo("Series (en nog 5 rode velden)");
    }
}
