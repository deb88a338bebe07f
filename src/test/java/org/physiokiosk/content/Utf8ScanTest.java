package org.physiokiosk.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The byte scan decides whether a file's texts are searched for invisible characters at all: a file it calls
 * clean is never searched, so every way such a character can get into a text must make it say "may hide".
 */
class Utf8ScanTest {

    private static Utf8.Scan scan(String text) {
        return Utf8.scan(text.getBytes(StandardCharsets.UTF_8), 0);
    }

    @Test
    void plainTextAndVisibleAccentsAreClean() {
        assertThat(scan("{\"nl\": \"Buig je knieën, één keer\", \"pad\": 12345678901234567890}"))
                .isEqualTo(new Utf8.Scan(-1, false));
    }

    @Test
    void everyWayToAnInvisibleCharacterMayHide() {
        assertThat(scan("{\"nl\": \"a\\u202Eb and more text after it\"}").mayHide())
                .as("an escape")
                .isTrue();
        assertThat(scan("{\"nl\": \"a\u007Fb\"}").mayHide()).as("DEL").isTrue();
        assertThat(scan("{\"nl\": \"long enough to be read eight bytes at a time \u202E\"}")
                        .mayHide())
                .as("right-to-left override written out")
                .isTrue();
        assertThat(scan("{\"nl\": \"a\u200Bb\"}").mayHide())
                .as("zero-width space")
                .isTrue();
        assertThat(scan("{\"nl\": \"a\u00ADb\"}").mayHide()).as("soft hyphen").isTrue();
        assertThat(scan("{\"nl\": \"a\uE000b\"}").mayHide()).as("private use").isTrue();
    }

    @Test
    void aBrokenSequenceIsReportedWhereItStands() {
        byte[] bytes = "{\"nl\": \"abcdefghijklmnop\"}".getBytes(StandardCharsets.US_ASCII);
        bytes[12] = (byte) 0xC0; // an overlong lead byte
        assertThat(Utf8.scan(bytes, 0).firstInvalidByte()).isEqualTo(12);
        assertThat(Utf8.scan(new byte[] {'a', 0, 'b'}, 0).firstInvalidByte()).isEqualTo(1);
    }

    /** The scan reads whole words in loops of their own: a byte must be found in every place of a word and of the tail. */
    @Test
    void aByteIsFoundAtEveryOffsetBeforeAndAfterTheTextMayHide() {
        for (int at = 0; at < 40; at++) {
            byte[] bytes = "a".repeat(40).getBytes(StandardCharsets.US_ASCII);
            bytes[at] = (byte) 0xFF;
            assertThat(Utf8.scan(bytes, 0)).as("invalid at %d", at).isEqualTo(new Utf8.Scan(at, true));
            bytes[at] = '\\';
            assertThat(Utf8.scan(bytes, 0)).as("backslash at %d", at).isEqualTo(new Utf8.Scan(-1, true));
            if (at > 0) {
                bytes[0] = '\\';
                bytes[at] = 0;
                assertThat(Utf8.scan(bytes, 0).firstInvalidByte())
                        .as("zero byte at %d after a backslash", at)
                        .isEqualTo(at);
            }
        }
    }
}
