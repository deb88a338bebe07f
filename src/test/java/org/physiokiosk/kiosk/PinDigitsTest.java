package org.physiokiosk.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PinDigitsTest {

    @Test
    void takesDigitsOnlyUpToTheLongestPin() {
        PinDigits digits = new PinDigits();
        assertThat(digits.type('a')).isFalse();
        assertThat(digits.type(' ')).isFalse();
        for (int i = 0; i < PinVault.MAX_LENGTH; i++) {
            assertThat(digits.type((char) ('0' + i % 10))).isTrue();
        }
        assertThat(digits.isFull()).isTrue();
        assertThat(digits.type('7')).isFalse();
        assertThat(digits.length()).isEqualTo(PinVault.MAX_LENGTH);
    }

    @Test
    void erasesTheLastDigitAndForgetsAllOnceTaken() {
        PinDigits digits = new PinDigits();
        digits.erase(); // nothing to erase: no harm
        "2469".chars().forEach(symbol -> digits.type((char) symbol));
        digits.erase();
        digits.type('8');
        assertThat(digits.take()).isEqualTo("2468");
        assertThat(digits.isEmpty()).isTrue();
        assertThat(digits.take()).isEmpty();
    }
}
