package org.physiokiosk.figure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Joint names as pose files write them, and a joint's other side: what mirroring and symmetric poses rely on. */
class DofTest {

    @Test
    void everySidedJointHasItsTwinOnTheOtherSideAndUnsidedOnesStayThemselves() {
        for (Dof dof : Dof.values()) {
            Dof left = dof.on(BodySide.LEFT);
            Dof right = dof.on(BodySide.RIGHT);
            if (dof.sided()) {
                assertThat(left.jsonName()).startsWith("left-");
                assertThat(right.jsonName()).startsWith("right-");
                assertThat(left.jsonName().substring(5))
                        .as(dof + " keeps its joint on both sides")
                        .isEqualTo(right.jsonName().substring(6));
                assertThat(dof).isIn(left, right);
                assertThat(left.min()).isEqualTo(right.min());
                assertThat(left.max()).isEqualTo(right.max());
            } else {
                assertThat(left).isSameAs(dof);
                assertThat(right).isSameAs(dof);
            }
        }
        assertThat(Dof.LEFT_KNEE_FLEX.on(BodySide.RIGHT)).isEqualTo(Dof.RIGHT_KNEE_FLEX);
        assertThat(Dof.RIGHT_SHOULDER_TURN.on(BodySide.LEFT)).isEqualTo(Dof.LEFT_SHOULDER_TURN);
    }

    @Test
    void namesReadBackAndASideLessNameSetsBothSides() {
        for (Dof dof : Dof.values()) {
            assertThat(Dof.byName(dof.jsonName())).contains(dof);
        }
        assertThat(Dof.byName("right-knee-flex")).contains(Dof.RIGHT_KNEE_FLEX);
        assertThat(Dof.byName("knee-flex")).isEmpty();
        assertThat(Dof.forName("knee-flex"))
                .hasValueSatisfying(both -> assertThat(both).containsExactly(Dof.LEFT_KNEE_FLEX, Dof.RIGHT_KNEE_FLEX));
        assertThat(Dof.forName("neck-turn"))
                .hasValueSatisfying(one -> assertThat(one).containsExactly(Dof.NECK_TURN));
        assertThat(Dof.forName("tail-wag")).isEmpty();
    }
}
