package org.physiokiosk.player;

import static org.assertj.core.api.Assertions.assertThat;
import static org.physiokiosk.player.Plans.dose;
import static org.physiokiosk.player.Plans.exercise;
import static org.physiokiosk.player.Plans.mirrored;
import static org.physiokiosk.player.Plans.setup;
import static org.physiokiosk.player.Plans.step;

import org.junit.jupiter.api.Test;
import org.physiokiosk.content.Side;

class DrawnSideTest {

    private static PlayedSide drawn(org.physiokiosk.content.Step... steps) {
        return DrawnSide.of(exercise("x", dose(1, 1, 0, 0, Side.EACH), steps));
    }

    @Test
    void theFirstSideWordOfTheRepeatedStepsDecides() {
        assertThat(drawn(step("supine-knees-left-top", 2, 0))).isEqualTo(PlayedSide.LEFT);
        assertThat(drawn(step("seated-rotation-right", 2, 0))).isEqualTo(PlayedSide.RIGHT);
        assertThat(drawn(step("supine-knees-left-head-right-top", 2, 0)))
                .as("the knees, named first")
                .isEqualTo(PlayedSide.LEFT);
        assertThat(drawn(step("start", 2, 0), step("reach-left", 2, 0))).isEqualTo(PlayedSide.LEFT);
    }

    @Test
    void setupStepsAndWordsInsideOtherWordsDoNotCount() {
        assertThat(drawn(setup("lie-left", 2), step("bright-arms", 2, 0))).isEqualTo(PlayedSide.RIGHT);
        assertThat(drawn(setup("lie-right", 2), step("leftover", 2, 0)))
                .as("no side word: the side view's near side")
                .isEqualTo(PlayedSide.RIGHT);
    }

    @Test
    void aMirroredStepShowsTheOtherSide() {
        assertThat(drawn(mirrored("knees-left", 2))).isEqualTo(PlayedSide.RIGHT);
    }
}
