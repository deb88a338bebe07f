package org.physiokiosk.player;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.physiokiosk.content.Side;

/** Which states show a step that holds (decision 0049): its movement and its hold, at the dose played. */
class HeldStepTest {

    private static final long S = Plans.S;

    @Test
    void theMovementAndTheHoldOfAStepThatHoldsAndNothingElse() {
        PlayerSession session =
                new PlayerSession(List.of(Plans.planned(Plans.liftAndLower(Plans.dose(1, 1, 5, 0, Side.NONE)))));
        session.start(0);
        List<String> held = Plans.changes(session, 0, 60 * S, S / 10).stream()
                .map(s -> Plans.describe(s) + " " + s.phase() + (s.heldStep() ? " held" : ""))
                .toList();
        assertThat(held)
                .containsExactly(
                        "GET_READY set1 NONE GET_READY",
                        "MOVE step0 set1 NONE MOVE",
                        "MOVE step1 rep1 set1 NONE MOVE held",
                        "HOLD step1 rep1 set1 NONE HOLD held",
                        "MOVE step2 rep1 set1 NONE MOVE",
                        "DONE set1 NONE DONE");
    }

    @Test
    void aDoseWithoutAHoldHoldsNothing() {
        PlayerSession session =
                new PlayerSession(List.of(Plans.planned(Plans.liftAndLower(Plans.dose(1, 1, 0, 0, Side.NONE)))));
        session.start(0);
        assertThat(Plans.changes(session, 0, 60 * S, S / 10)).noneMatch(PlayerState::heldStep);
    }
}
