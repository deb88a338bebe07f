package org.physiokiosk.player;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.physiokiosk.player.Plans.S;
import static org.physiokiosk.player.Plans.dose;
import static org.physiokiosk.player.Plans.exercise;
import static org.physiokiosk.player.Plans.planned;
import static org.physiokiosk.player.Plans.step;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.physiokiosk.content.Side;

/** F16: an exercise missing on the kiosk keeps its number; the run skips it and counts as the paper does. */
class PaperProgramTest {

    private final PlannedExercise bridge =
            planned(exercise("bridge", dose(2, 1, 0, 0, Side.NONE), step("up", 2, 0), step("down", 2, 0)));
    private final PlannedExercise squat =
            planned(exercise("squat", dose(2, 1, 0, 0, Side.NONE), step("up", 2, 0), step("down", 2, 0)));

    private PaperProgram secondMissing() {
        return new PaperProgram(List.of(
                new PaperProgram.Line(1, Optional.of(bridge)),
                new PaperProgram.Line(2, Optional.empty()),
                new PaperProgram.Line(3, Optional.of(squat))));
    }

    @Test
    void theRunPlaysWhatIsHereNumberedAsOnThePaper() {
        PaperProgram paper = secondMissing();
        assertThat(paper.playable()).containsExactly(bridge, squat);
        assertThat(paper.missingCount()).isEqualTo(1);

        PlayerSession session = new PlayerSession(paper.run(0));
        session.start(0);
        assertThat(session.state().exerciseNumber()).isEqualTo(1);
        assertThat(session.state().numberedCount()).isEqualTo(3);
        session.skipExercise(S);
        assertThat(session.state().exerciseIndex()).isEqualTo(1);
        assertThat(session.state().exerciseNumber()).as("\"Oefening 3 van 3\"").isEqualTo(3);
        assertThat(session.state().numberedCount()).isEqualTo(3);
    }

    @Test
    void aRunGoingOnAfterAStopKeepsThePapersNumbers() {
        PlayerRun resumed = secondMissing().run(1);
        assertThat(resumed.startAt()).isEqualTo(1);
        assertThat(resumed.numberOf(1)).isEqualTo(3);
        PlayerSession session = new PlayerSession(resumed);
        session.start(0);
        assertThat(session.state().exerciseNumber()).isEqualTo(3);
    }

    @Test
    void aPlanWithoutGapsCountsFromOne() {
        PlayerRun run = PaperProgram.of(List.of(bridge, squat)).run(0);
        assertThat(run.numbers()).containsExactly(1, 2);
        assertThat(run.numberedCount()).isEqualTo(2);
        assertThat(PlayerRun.cautionsSeen(List.of(bridge)).numbers()).containsExactly(1);
    }

    @Test
    void numbersMustRiseWithinThePaper() {
        PlayerRun run = PlayerRun.cautionsSeen(List.of(bridge, squat));
        assertThatThrownBy(() -> run.numberedAs(List.of(2, 1), 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> run.numberedAs(List.of(1, 4), 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> run.numberedAs(List.of(1), 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PaperProgram(List.of(new PaperProgram.Line(2, Optional.of(bridge)))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
