package org.physiokiosk.handout;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class ArabicShapingTest {

    @Test
    void lettersTakeTheFormTheirNeighboursCallFor() {
        // محمد: meem initial, hah medial, meem medial, dal final.
        assertThat(ArabicShaping.shape("محمد")).isEqualTo("\uFEE3\uFEA4\uFEE4\uFEAA");
    }

    @Test
    void lamAlefBecomesOneLigatureAndARightJoiningLetterBreaksTheJoin() {
        // العلي: alef isolated (it never joins forward), lam initial, ain medial, lam medial, yeh final;
        // سلام: seen initial, then lam + alef as one final ligature, meem isolated.
        assertThat(ArabicShaping.shape("العلي")).isEqualTo("\uFE8D\uFEDF\uFECC\uFEE0\uFEF2");
        assertThat(ArabicShaping.shape("سلام")).isEqualTo("\uFEB3\uFEFC\uFEE1");
    }

    @Test
    void shapedTextFoldsBackToTheWrittenLetters() {
        for (String name : new String[] {"محمد العلي", "فاطمة الزهراء", "پگاه چمنی", "سلام"}) {
            assertThat(Normalizer.normalize(ArabicShaping.shape(name), Normalizer.Form.NFKC))
                    .isEqualTo(name);
        }
    }

    @Test
    void textWithoutArabicIsLeftAlone() {
        assertThat(ArabicShaping.shape("Олена İbrahim")).isEqualTo("Олена İbrahim");
    }

    @Test
    void rightToLeftRunsAreReversedInALeftToRightLine() {
        assertThat(VisualOrder.of("Voor ab")).isEqualTo("Voor ab");
        assertThat(VisualOrder.of("Voor \u0645\u062D (x)")).isEqualTo("Voor \u062D\u0645 (x)");
    }
}
