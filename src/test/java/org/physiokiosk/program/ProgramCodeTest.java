package org.physiokiosk.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProgramCodeTest {

    @Test
    void theAlphabetHas32SymbolsWithoutLookAlikes() {
        assertThat(ProgramCode.ALPHABET).hasSize(32).doesNotContain("0", "1", "O", "I");
        assertThat(ProgramCode.ALPHABET.chars().distinct().count()).isEqualTo(32);
        // 32^8 = 2^40: the entropy the brief asks for, exactly.
        assertThat(Math.pow(ProgramCode.ALPHABET.length(), ProgramCode.LENGTH)).isEqualTo(Math.pow(2, 40));
    }

    @Test
    void isShownInTwoGroups() {
        assertThat(new ProgramCode("K7QM4XPR").grouped()).isEqualTo("K7QM-4XPR");
        assertThat(new ProgramCode("K7QM4XPR")).hasToString("K7QM-4XPR");
    }

    @Test
    void readsLowerCaseSpacesAndDashes() {
        assertThat(ProgramCode.parse(" k7qm-4xpr ").value()).isEqualTo(new ProgramCode("K7QM4XPR"));
        assertThat(ProgramCode.parse("K7 QM 4X PR").value()).isEqualTo(new ProgramCode("K7QM4XPR"));
        assertThat(ProgramCode.parse("k7qm\u20134xpr").value()).isEqualTo(new ProgramCode("K7QM4XPR"));
    }

    @Test
    void refusesExcludedSymbolsWithTheReasonInsteadOfGuessing() {
        assertThat(ProgramCode.parse("K7QM-4XP0").problem())
                .hasValueSatisfying(p -> assertThat(p).contains("0 nor O"));
        assertThat(ProgramCode.parse("K7QM-4XPO").problem())
                .hasValueSatisfying(p -> assertThat(p).contains("0 nor O"));
        assertThat(ProgramCode.parse("K7QM-4XP1").problem())
                .hasValueSatisfying(p -> assertThat(p).contains("1 nor I"));
        assertThat(ProgramCode.parse("K7QM-4XPi").problem())
                .hasValueSatisfying(p -> assertThat(p).contains("1 nor I"));
        assertThat(ProgramCode.parse("K7QM-4XP#").problem())
                .hasValueSatisfying(p -> assertThat(p).contains("'#'"));
    }

    @Test
    void refusesTheWrongLength() {
        assertThat(ProgramCode.parse("K7QM-4XP").problem())
                .hasValueSatisfying(p -> assertThat(p).contains("this has 7"));
        assertThat(ProgramCode.parse("K7QM-4XPRR").isValid()).isFalse();
        assertThat(ProgramCode.parse("").isValid()).isFalse();
        assertThat(ProgramCode.parse(null).isValid()).isFalse();
        assertThatThrownBy(() -> new ProgramCode("k7qm4xpr")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void randomCodesUseEverySymbolAndRoundTrip() {
        Random random = new Random(7);
        Set<Character> seen = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            ProgramCode code = ProgramCode.random(random);
            assertThat(ProgramCode.parse(code.grouped()).value()).isEqualTo(code);
            code.value().chars().forEach(c -> seen.add((char) c));
        }
        assertThat(seen).hasSize(32);
        assertThat(ProgramCode.random()).isNotEqualTo(ProgramCode.random());
    }
}
