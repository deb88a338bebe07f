package org.physiokiosk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.physiokiosk.content.Catalog;
import org.physiokiosk.content.ContentFixtures;
import org.physiokiosk.content.ContentLoader;
import org.physiokiosk.content.IntRange;
import org.physiokiosk.player.PlannedExercise;

/** "Do them all": the complaint's template with its doses, or the complaint's exercises as written. */
class ConditionPlanTest {

    private final Catalog catalog =
            new ContentLoader().load(List.of(ContentFixtures.base())).catalog();

    @Test
    void playsTheTemplateMadeOfTheComplaintsExercisesAtItsDoses() {
        List<PlannedExercise> plan =
                ConditionPlan.of(catalog, catalog.conditions().get("back-pain"), "nl");
        assertThat(plan).extracting(p -> p.exercise().id()).containsExactly("bridge");
        assertThat(plan.get(0).dose().reps())
                .as("the template's 8, not the exercise's 5–10")
                .isEqualTo(new IntRange(8, 8));
    }

    @Test
    void withoutSuchATemplatePlaysTheExercisesAsWritten() {
        Catalog noTemplates = new Catalog(
                catalog.exercises(),
                catalog.conditions(),
                Map.of(),
                catalog.sources(),
                catalog.redFlags(),
                catalog.advice(),
                catalog.disclaimer(),
                catalog.poses());
        List<PlannedExercise> plan =
                ConditionPlan.of(noTemplates, noTemplates.conditions().get("back-pain"), "nl");
        assertThat(plan)
                .containsExactly(PlannedExercise.asWritten(catalog.exercises().get("bridge")));
    }

    @Test
    void everyBundledComplaintPlaysItsTemplatesAndLowBackPainPlaysItsTwoLeaflets() {
        Catalog bundled =
                new ContentLoader().loadBundledAnd(java.util.Optional.empty()).catalog();
        bundled.conditions()
                .values()
                .forEach(condition -> assertThat(ConditionPlan.templatesOf(bundled, condition))
                        .as(condition.id())
                        .isNotEmpty());
        var lowBack = bundled.conditions().get("low-back-pain");
        assertThat(ConditionPlan.templatesOf(bundled, lowBack))
                .extracting(t -> t.id())
                .containsExactly("leaflet-lumbago-program", "lowback-questions-program");
        assertThat(ConditionPlan.of(bundled, lowBack, "nl"))
                .hasSize(lowBack.exercises().size());
    }

    @Test
    void templatesThatCoverOnlyPartOfTheComplaintAreNotUsed() {
        var condition = catalog.conditions().get("back-pain");
        var wider = new org.physiokiosk.content.Condition(
                condition.id(),
                condition.title(),
                condition.summary(),
                condition.whatItIs(),
                condition.symptoms(),
                condition.causes(),
                condition.whatHelps(),
                List.of("bridge", "other"),
                condition.redFlags(),
                condition.sources());
        assertThat(ConditionPlan.templatesOf(catalog, wider)).isEmpty();
    }
}
