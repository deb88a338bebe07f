package org.physiokiosk.ui.theme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Reads tokens.css as text and computes the WCAG contrast ratio of every text colour on every background it
 * is used on: 4.5:1 (AA) in the normal set, 7:1 (AAA) in the high-contrast set, which inherits any token it
 * does not set.
 */
class TokenContrastTest {

    /** Text token, background token: the pairs the screen stylesheets use. */
    private static final List<String[]> PAIRS = List.of(
            pair("-pk-ink", "-pk-paper"),
            pair("-pk-ink", "-pk-surface"),
            pair("-pk-ink", "-pk-emergency-soft"),
            pair("-pk-ink", "-pk-accent-soft"),
            pair("-pk-ink-soft", "-pk-paper"),
            pair("-pk-ink-soft", "-pk-surface"),
            pair("-pk-accent", "-pk-paper"),
            pair("-pk-accent", "-pk-surface"),
            pair("-pk-accent", "-pk-accent-soft"),
            pair("-pk-on-accent", "-pk-accent"),
            pair("-pk-on-accent", "-pk-accent-pressed"),
            pair("-pk-emergency", "-pk-emergency-soft"),
            pair("-pk-emergency", "-pk-surface"),
            pair("-pk-emergency", "-pk-paper"),
            pair("-pk-on-emergency", "-pk-emergency"),
            pair("-pk-warning", "-pk-emergency-soft"),
            pair("-pk-warning", "-pk-surface"),
            pair("-pk-on-emergency", "-pk-warning"),
            pair("-pk-on-accent", "-pk-player-ready"),
            pair("-pk-player-rest", "-pk-player-rest-soft"),
            pair("-pk-player-switch", "-pk-player-switch-soft"));

    private static String css;

    @BeforeAll
    static void read() throws IOException {
        try (InputStream in = Theme.class.getResourceAsStream("tokens.css")) {
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?s)/\\*.*?\\*/", "");
        }
    }

    private static String[] pair(String text, String background) {
        return new String[] {text, background};
    }

    @ParameterizedTest
    @CsvSource({".root, 4.5", ".root.pk-high-contrast, 7.0"})
    void everyTextPairIsReadable(String selector, double minimum) {
        Map<String, String> tokens = new LinkedHashMap<>(block(".root"));
        tokens.putAll(block(selector));
        for (String[] pair : PAIRS) {
            double ratio = contrast(tokens.get(pair[0]), tokens.get(pair[1]));
            assertThat(ratio).as("%s on %s in %s", pair[0], pair[1], selector).isGreaterThanOrEqualTo(minimum);
        }
    }

    @Test
    void theHighContrastSetGivesEveryColourTokenAValue() {
        assertThat(block(".root.pk-high-contrast").keySet())
                .containsAll(block(".root").keySet().stream()
                        .filter(name -> name.startsWith("-pk-"))
                        .toList());
    }

    @Test
    void theRatioIsComputedAsWcagDoes() {
        assertThat(contrast("#000000", "#ffffff")).isCloseTo(21.0, org.assertj.core.data.Offset.offset(0.01));
        assertThat(contrast("#777777", "#ffffff")).isCloseTo(4.48, org.assertj.core.data.Offset.offset(0.01));
    }

    /** Every block with exactly this selector (the player adds its own .root block), merged in file order. */
    private static Map<String, String> block(String selector) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(selector) + "\\s*\\{([^}]*)}")
                .matcher(css);
        Map<String, String> values = new LinkedHashMap<>();
        while (m.find()) {
            for (String declaration : m.group(1).split(";")) {
                int colon = declaration.indexOf(':');
                if (colon > 0) {
                    values.put(
                            declaration.substring(0, colon).trim(),
                            declaration.substring(colon + 1).trim());
                }
            }
        }
        assertThat(values).as("block %s in tokens.css", selector).isNotEmpty();
        return values;
    }

    static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String hex) {
        assertThat(hex).as("a #rrggbb colour").matches("#[0-9a-fA-F]{6}");
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
    }

    private static double channel(int value) {
        double c = (value & 0xff) / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
