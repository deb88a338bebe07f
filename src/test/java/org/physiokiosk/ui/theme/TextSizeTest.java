package org.physiokiosk.ui.theme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** No kiosk text below 20px: every font size in the patient stylesheets, in em of the 26px base, stays above it. */
class TextSizeTest {

    private static final double BASE = 26;
    private static final double SMALLEST = 20;
    private static final Pattern SIZE = Pattern.compile("-fx-font-size:\\s*([0-9.]+)(em|px)");

    @ParameterizedTest
    @ValueSource(
            strings = {
                "tokens.css",
                "common.css",
                "start.css",
                "home.css",
                "condition.css",
                "safety.css",
                "exercise.css",
                "idle.css",
                "player.css"
            })
    void noTextIsSmallerThanTwentyPixels(String sheet) throws IOException {
        String css;
        try (InputStream in = Theme.class.getResourceAsStream(sheet)) {
            assertThat(in).as(sheet).isNotNull();
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?s)/\\*.*?\\*/", "");
        }
        Matcher m = SIZE.matcher(css);
        int found = 0;
        while (m.find()) {
            found++;
            double value = Double.parseDouble(m.group(1));
            double pixels = m.group(2).equals("em") ? value * BASE : value;
            assertThat(pixels).as("%s: %s", sheet, m.group()).isGreaterThanOrEqualTo(SMALLEST);
        }
        assertThat(found).as("font sizes found in %s", sheet).isPositive();
    }
}
