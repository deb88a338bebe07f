package org.physiokiosk.handout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.physiokiosk.content.Catalog;
import org.physiokiosk.content.RedFlag;
import org.physiokiosk.content.Urgency;
import org.physiokiosk.program.Program;
import org.physiokiosk.program.ProgramItem;

class ProgramRedFlagsTest {

    @Test
    void upperBackExercisesBringTheUpperBackConditionsFlagsMostUrgentFirst() {
        Catalog catalog = HandoutFixtures.catalog();
        Program program = HandoutFixtures.program(1, "nl")
                .withItems(List.of(new ProgramItem("upper-back-seated-rotation", HandoutFixtures.fullDose(), 7, "")));
        List<RedFlag> flags = ProgramRedFlags.of(catalog, program);
        assertThat(flags)
                .extracting(RedFlag::id)
                .containsExactlyInAnyOrderElementsOf(
                        catalog.condition("upper-back-pain").orElseThrow().redFlags());
        assertThat(flags).extracting(RedFlag::urgency).isSortedAccordingTo(Urgency::compareTo);
    }

    @Test
    void exercisesOfNoConditionStillGetEveryEmergencyFlag() {
        Catalog full = HandoutFixtures.catalog();
        Catalog noConditions = new Catalog(
                full.exercises(),
                Map.of(),
                full.templates(),
                full.sources(),
                full.redFlags(),
                full.advice(),
                full.disclaimer(),
                full.poses());
        List<RedFlag> flags = ProgramRedFlags.of(noConditions, HandoutFixtures.program(2, "nl"));
        assertThat(flags).isNotEmpty().allMatch(flag -> flag.urgency() == Urgency.EMERGENCY);
        assertThat(flags).hasSize((int) full.redFlags().values().stream()
                .filter(f -> f.urgency() == Urgency.EMERGENCY)
                .count());
    }
}
