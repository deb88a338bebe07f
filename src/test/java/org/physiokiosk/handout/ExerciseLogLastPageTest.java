package org.physiokiosk.handout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.physiokiosk.handout.HandoutLayout.Part;
import org.physiokiosk.program.IssuedCode;
import org.physiokiosk.program.Program;
import org.physiokiosk.program.ProgramItem;

/**
 * The page a patient tears off and brings along never holds one week of the exercise log alone when two weeks
 * can share a page (decision 0040): over languages, program sizes, log lengths, with and without a kiosk code
 * and with the therapist's longest notes (which move where the log starts).
 */
class ExerciseLogLastPageTest {

    private static final HandoutRenderer RENDERER =
            new HandoutRenderer(HandoutFixtures.catalog(), HandoutFixtures.CLINIC);

    @Test
    void theTenExerciseEnglishLogEndsWithItsLastTwoWeeksTogether() throws IOException {
        Program program = HandoutFixtures.program(10, "en");
        try (PDDocument pdf = Loader.loadPDF(RENDERER.toBytes(program))) {
            List<String> pages = HandoutContentTest.pageTexts(pdf);
            assertThat(pages.get(pages.size() - 1)).contains("Week 2").contains("Week 3");
        }
    }

    @Test
    void noLogOfUpToTenExercisesEndsWithALoneWeek() throws IOException {
        int split = 0;
        for (String language : List.of("nl", "en")) {
            for (int exercises : List.of(2, 4, 6, 8, 10)) {
                for (int weeks : List.of(2, 3, 4, 6)) {
                    for (boolean busy : List.of(false, true)) {
                        Program program = withWeeks(HandoutFixtures.program(exercises, language), weeks, busy);
                        Optional<IssuedCode> code = busy ? HandoutReviewSamples.CODE : Optional.empty();
                        HandoutLayout layout = RENDERER.layout(program, code);
                        String name = "%s, %d exercises, %d weeks%s"
                                .formatted(language, exercises, weeks, busy ? ", code and long notes" : "");
                        List<Integer> perPage = layout.logWeeksPerPage();
                        assertThat(perPage.stream().mapToInt(Integer::intValue).sum())
                                .as(name)
                                .isEqualTo(weeks);
                        assertThat(layout.of(Part.LOG)).as(name).hasSameSizeAs(perPage);
                        if (perPage.size() > 1) {
                            split++;
                            assertThat(perPage.get(perPage.size() - 1))
                                    .as("%s: weeks on the log's pages %s", name, perPage)
                                    .isGreaterThan(1);
                        }
                    }
                }
            }
        }
        assertThat(split).as("logs that go on over pages").isGreaterThan(10);
    }

    @Test
    void aLongerLogEndsWithALoneWeekOnlyWhenNoWeekCouldMoveToIt() throws IOException {
        for (String language : List.of("nl", "en")) {
            for (int exercises : List.of(12, 16, 21)) {
                for (int weeks : List.of(2, 3, 6)) {
                    Program program = withWeeks(HandoutFixtures.program(exercises, language), weeks, false);
                    List<Integer> perPage =
                            RENDERER.layout(program, Optional.empty()).logWeeksPerPage();
                    if (perPage.size() > 1 && perPage.get(perPage.size() - 1) == 1) {
                        assertThat(perPage.get(perPage.size() - 2))
                                .as("%s, %d exercises, %d weeks: %s", language, exercises, weeks, perPage)
                                .isEqualTo(1);
                    }
                }
            }
        }
    }

    @Test
    void theLogPlanMovesAWeekOnRatherThanLeaveOneAlone() {
        float page = 724;
        // Opening 60 and two weeks of 300 fit the first page; the third would be alone on the next.
        LogPages plan = LogPages.plan(60, List.of(300f, 300f, 300f), 16, page, false, page);
        assertThat(plan.weeksPerPage()).containsExactly(1, 2);
        assertThat(plan.endsWithALoneWeek()).isFalse();
        // Weeks taller than half a page cannot share one: each is alone, and says so.
        LogPages tall = LogPages.plan(60, List.of(400f, 400f), 16, page, false, page);
        assertThat(tall.weeksPerPage()).containsExactly(1, 1);
        assertThat(tall.endsWithALoneWeek()).isTrue();
        // A log that fits a page but not the room left starts a new page, whole.
        LogPages whole = LogPages.plan(60, List.of(200f, 200f), 16, 300, true, page);
        assertThat(whole.newPage()).isTrue();
        assertThat(whole.weeksPerPage()).containsExactly(2);
    }

    /** The program with a log of {@code weeks}; {@code busy}: every exercise with a long note, long instructions. */
    private static Program withWeeks(Program program, int weeks, boolean busy) {
        String note = StrangerHandouts.longNote(program.language()).strip();
        List<ProgramItem> items = new ArrayList<>();
        for (ProgramItem item : program.items()) {
            items.add(busy ? new ProgramItem(item.exercise(), item.dose(), item.daysPerWeek(), note) : item);
        }
        return program.withReviewDate(Optional.of(program.date().plusWeeks(weeks)))
                .withInstructions(busy ? note + " " + note : program.instructions())
                .withItems(items);
    }
}
