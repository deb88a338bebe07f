package org.physiokiosk.ui.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.net.URL;
import java.util.List;
import java.util.stream.Collectors;
import javafx.css.CssParser;
import javafx.css.Rule;
import javafx.css.Stylesheet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * JavaFX loads a stylesheet's binary copy ({@code .bss}) instead of its {@code .css} whenever the copy is there, so a
 * copy that is missing makes the start slower, and one that lags behind its {@code .css} (an edit run without the
 * build's step) would show yesterday's look without a word. Every sheet the theme applies has a copy with the same
 * rules.
 */
class BinaryStylesheetsTest {

    static final List<String> SHEETS = Theme.STYLESHEETS;

    @ParameterizedTest
    @FieldSource("SHEETS")
    void theBinaryCopySaysWhatTheStylesheetSays(String sheet) throws IOException {
        URL css = Theme.class.getResource(sheet);
        URL bss = Theme.class.getResource(sheet.replaceAll("\\.css$", ".bss"));
        assertNotNull(css, sheet);
        assertNotNull(bss, "no binary copy of " + sheet + ": the build's binary-stylesheets step did not run");

        List<String> parsed = rules(new CssParser().parse(css));
        List<String> loaded = rules(Stylesheet.loadBinary(bss));

        assertFalse(parsed.isEmpty(), sheet);
        assertEquals(parsed, loaded, sheet + " and its binary copy differ: run the build again");
    }

    /** Each rule as its selectors and declarations; a binary rule reads its declarations only when asked. */
    private static List<String> rules(Stylesheet stylesheet) {
        return stylesheet.getRules().stream().map(BinaryStylesheetsTest::text).collect(Collectors.toList());
    }

    private static String text(Rule rule) {
        return rule.getSelectors() + " "
                + rule.getDeclarations().stream()
                        .map(d -> d.getProperty() + ": " + d.getParsedValue() + (d.isImportant() ? " !important" : ""))
                        .collect(Collectors.joining("; ", "{", "}"));
    }
}
