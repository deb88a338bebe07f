package org.physiokiosk.player;

import static org.assertj.core.api.Assertions.assertThat;
import static org.physiokiosk.player.Plans.S;
import static org.physiokiosk.player.Plans.dose;
import static org.physiokiosk.player.Plans.liftAndLower;
import static org.physiokiosk.player.Plans.planned;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.physiokiosk.content.Side;

/** Which 60 Hz pulses get a new picture: smooth movement at most every 25 ms, anything read at once. */
class FramePaceTest {

    private static final long T0 = 1_000 * S;
    private static final long PULSE = S / 60;
    private static final long GAP = 25_000_000L;

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
    void paintsEveryOtherPulseWhileOnlyTheFigureOrTheRingMoves() {
        PlayerSession session = started();
        FramePace pace = new FramePace(GAP);
        // Within the first second of get ready nothing a patient reads changes: 60 pulses, 30 pictures.
        assertThat(painted(pace, session, T0, T0 + S - PULSE)).isEqualTo(30);
    }

    @Test
    void showsTheWholeSecondsAndPhaseChangesAtTheFirstPulseAfterThem() {
        PlayerSession session = started();
        FramePace pace = new FramePace(GAP);
        session.tick(T0);
        assertThat(pace.due(session.state(), T0)).as("the first picture").isTrue();
        long justAfter = T0 + S + 1; // 3 -> 2 seconds left, 1 ns after the picture before
        session.tick(T0 + S);
        assertThat(pace.due(session.state(), T0 + S)).isTrue();
        session.tick(justAfter);
        assertThat(pace.due(session.state(), justAfter))
                .as("nothing new 1 ns later")
                .isFalse();
        session.tick(T0 + 3 * S); // get ready over: the first movement starts
        assertThat(pace.due(session.state(), T0 + 3 * S))
                .as("the phase changed")
                .isTrue();
        session.tick(T0 + 3 * S + GAP - 1);
        assertThat(pace.due(session.state(), T0 + 3 * S + GAP - 1)).isFalse();
        session.tick(T0 + 3 * S + GAP);
        assertThat(pace.due(session.state(), T0 + 3 * S + GAP))
                .as("the gap is over")
                .isTrue();
    }

    @Test
    void aPauseShowsAtOnce() {
        PlayerSession session = started();
        FramePace pace = new FramePace(GAP);
        session.tick(T0 + S / 2);
        assertThat(pace.due(session.state(), T0 + S / 2)).isTrue();
        session.pause(T0 + S / 2 + 1);
        assertThat(pace.due(session.state(), T0 + S / 2 + 1)).isTrue();
    }
}
