package org.physiokiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.physiokiosk.common.Language;
import org.physiokiosk.content.Catalog;
import org.physiokiosk.content.Condition;
import org.physiokiosk.content.ContentLoader;
import org.physiokiosk.content.LocalizedText;
import org.physiokiosk.ui.i18n.Messages;

/**
 * A complaint's texts send the patient to a part of the page by its button's name ("kijk bij 'Wanneer hulp
 * zoeken'"). When a button is renamed, the pointer must follow, or a patient looks for a button that is not there.
 */
class ContentPointsAtRealTabsTest {

    private static final Pattern QUOTED = Pattern.compile("(?:bij|see|read) '([^']+)'");
    private static final List<String> TAB_KEYS =
            List.of("condition.tab.warnings", "condition.tab.about", "condition.tab.helps", "condition.tab.exercises");

    @Test
    void everyQuotedPartOfAComplaintPageIsAButtonOnThatPage() {
        Catalog catalog = new ContentLoader().loadBundledAnd(Optional.empty()).catalog();
        int pointers = 0;
        for (Language language : Language.values()) {
            ResourceBundle words = Messages.bundleFor(language.code());
            List<String> tabs = TAB_KEYS.stream().map(words::getString).toList();
            for (Condition condition : catalog.conditions().values()) {
                List<LocalizedText> texts = new ArrayList<>();
                texts.addAll(condition.whatItIs());
                texts.addAll(condition.symptoms());
                texts.addAll(condition.causes());
                texts.addAll(condition.whatHelps());
                for (LocalizedText text : texts) {
                    Matcher quoted = QUOTED.matcher(text.in(language.code()));
                    while (quoted.find()) {
                        pointers++;
                        assertThat(tabs)
                                .as("%s (%s) points at '%s'", condition.id(), language.code(), quoted.group(1))
                                .contains(quoted.group(1));
                    }
                }
            }
        }
        assertThat(pointers)
                .as("the bundled pages do point at their warning signs")
                .isGreaterThan(0);
    }
}
