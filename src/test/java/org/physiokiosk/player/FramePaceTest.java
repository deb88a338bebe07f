package org.physiokiosk.player;

import static org.assertj.core.api.Assertions.assertThat;
import static org.physiokiosk.player.Plans.S;
import static org.physiokiosk.player.Plans.dose;
import static org.physiokiosk.player.Plans.liftAndLower;
import static org.physiokiosk.player.Plans.planned;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.physiokiosk.content.Side;

/**
 * Which 60 Hz pulses get a new picture: the moving figure 20 a second, a sweeping ring 15, nothing when nothing
 * moves, and anything a patient reads at once. The plan: get ready 3 s, a still setup 2 s, lift 2 s, hold 5 s,
 * lower 3 s, twice.
 */
class FramePaceTest {

    private static final long T0 = 1_000 * S;
    private static final long PULSE = S / 60;
    private static final long SWELL = 400_000_000L;

    private static PlayerSession started() {
        PlayerSession session = new PlayerSession(List.of(planned(liftAndLower(dose(2, 1, 5, 0, Side.NONE)))));
        session.start(T0);
        return session;
    }

    /** How many of the pulses from {@code from} to {@code to} (exclusive) the pace paints. */
    private static int painted(FramePace pace, PlayerSession session, long from, long to) {
        int count = 0;
        for (long t = from; t < to; t += PULSE) {
            session.tick(t);
            count += pace.due(session.state(), t) ? 1 : 0;
        }
        return count;
    }

    @Test
    void aSweepingRingGetsEveryFourthPulse() {
        PlayerSession session = started();
        // Within the first second of get ready only the ring sweeps: 60 pulses, 15 pictures.
        assertThat(painted(FramePace.standard(SWELL), session, T0, T0 + S - PULSE))
                .isEqualTo(15);
    }

    @Test
    void aMovingFigureGetsEveryThirdPulse() {
        PlayerSession session = started();
        FramePace pace = FramePace.standard(SWELL);
        painted(pace, session, T0, T0 + 5 * S); // get ready and the still setup
        session.tick(T0 + 5 * S);
        assertThat(session.state().phase()).isEqualTo(Phase.MOVE);
        assertThat(FramePace.figureMoving(session.state())).isTrue();
        // The lift's first second (its first pulse is the phase change): 20 pictures.
        assertThat(painted(pace, session, T0 + 5 * S, T0 + 6 * S - PULSE / 2)).isEqualTo(20);
    }

    @Test
    void aStillFigureWithoutARingIsNotRepainted() {
        PlayerSession session = started();
        FramePace pace = FramePace.standard(0); // no swell, to see the still setup alone
        painted(pace, session, T0, T0 + 3 * S);
        session.tick(T0 + 3 * S);
        assertThat(session.state().phase()).isEqualTo(Phase.MOVE);
        assertThat(FramePace.figureMoving(session.state())).isFalse();
        // The still setup's two seconds: the phase change, then the whole second (what a patient could count on).
        assertThat(painted(pace, session, T0 + 3 * S, T0 + 5 * S - PULSE / 2)).isEqualTo(2);
    }

    @Test
    void theSwellRunsAtTheFigurePaceAndItsEndIsPainted() {
        PlayerSession session = started();
        FramePace pace = FramePace.standard(SWELL);
        painted(pace, session, T0, T0 + 3 * S - PULSE / 2);
        // Get ready ends (a countdown ending: the swell) into the still setup. 400 ms of swell are 25 of these
        // pulses (the 25th comes 16 ns before its end): every third, 9 pictures; then one as it ends (back to full
        // size); then nothing until the whole second.
        assertThat(painted(pace, session, T0 + 3 * S, T0 + 4 * S - PULSE / 2)).isEqualTo(10);
    }

    @Test
    void theEarlierPaceRepaintedEveryOtherPulseWhateverMoved() {
        PlayerSession session = started();
        FramePace earlier = new FramePace(25_000_000L, 25_000_000L, 25_000_000L, 0);
        assertThat(painted(earlier, session, T0, T0 + S - PULSE)).isEqualTo(30);
        assertThat(painted(earlier, session, T0 + 3 * S, T0 + 4 * S - PULSE / 2))
                .isEqualTo(30);
    }

    @Test
    void showsTheWholeSecondsAndPhaseChangesAtTheFirstPulseAfterThem() {
        PlayerSession session = started();
        FramePace pace = FramePace.standard(SWELL);
        session.tick(T0);
        assertThat(pace.due(session.state(), T0)).as("the first picture").isTrue();
        long justAfter = T0 + S + 1; // 3 -> 2 seconds left, 1 ns after the picture before
        session.tick(T0 + S);
        assertThat(pace.due(session.state(), T0 + S)).isTrue();
        session.tick(justAfter);
        assertThat(pace.due(session.state(), justAfter))
                .as("nothing new 1 ns later")
                .isFalse();
        session.tick(T0 + 3 * S); // get ready over: the setup starts
        assertThat(pace.due(session.state(), T0 + 3 * S))
                .as("the phase changed")
                .isTrue();
        session.tick(T0 + 5 * S); // the lift starts: the figure moves
        assertThat(pace.due(session.state(), T0 + 5 * S)).isTrue();
        long gap = 42_000_000L;
        session.tick(T0 + 5 * S + gap - 1);
        assertThat(pace.due(session.state(), T0 + 5 * S + gap - 1)).isFalse();
        session.tick(T0 + 5 * S + gap);
        assertThat(pace.due(session.state(), T0 + 5 * S + gap))
                .as("the gap is over")
                .isTrue();
        session.tick(T0 + 7 * S); // the lift reached its pose: the hold starts at once
        assertThat(pace.due(session.state(), T0 + 7 * S)).isTrue();
        assertThat(session.state().phase()).isEqualTo(Phase.HOLD);
    }

    @Test
    void aPauseShowsAtOnce() {
        PlayerSession session = started();
        FramePace pace = FramePace.standard(SWELL);
        session.tick(T0 + S / 2);
        assertThat(pace.due(session.state(), T0 + S / 2)).isTrue();
        session.pause(T0 + S / 2 + 1);
        assertThat(pace.due(session.state(), T0 + S / 2 + 1)).isTrue();
    }
}
