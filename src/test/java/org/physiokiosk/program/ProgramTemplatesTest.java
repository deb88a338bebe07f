package org.physiokiosk.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.physiokiosk.program.ProgramFixtures.KNEES_DOSE;
import static org.physiokiosk.program.ProgramFixtures.TODAY;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.physiokiosk.content.Catalog;
import org.physiokiosk.content.Dose;
import org.physiokiosk.content.DoseOverride;
import org.physiokiosk.content.IntRange;
import org.physiokiosk.content.LocalizedText;
import org.physiokiosk.content.ProgramTemplate;
import org.physiokiosk.content.Side;

class ProgramTemplatesTest {

    private final Catalog catalog = ProgramFixtures.catalog();

    private static ProgramTemplate template() {
        DoseOverride reps = new DoseOverride(
                Optional.of(IntRange.exactly(5)),
                Optional.empty(),
                Optional.empty(),
                Optional.of(20),
                Optional.empty(),
                Optional.empty());
        return new ProgramTemplate(
                "back",
                LocalizedText.of("Rug", "Back"),
                Optional.of(LocalizedText.of("Rustig aan.", "Take it easy.")),
                List.of(
                        new ProgramTemplate.Item(
                                "knees-to-chest", reps, Optional.of(LocalizedText.of("Langzaam", "Slowly"))),
                        new ProgramTemplate.Item("bridge", DoseOverride.NONE, Optional.empty())),
                List.of("test-source"));
    }

    @Test
    void aTemplateBecomesANewProgramInTheChosenLanguage() {
        Program program = ProgramTemplates.fromTemplate(template(), catalog, "en", TODAY);
        assertThat(program.id()).isEmpty();
        assertThat(program.revision()).isZero();
        assertThat(program.title()).isEqualTo("Back");
        assertThat(program.instructions()).isEqualTo("Take it easy.");
        assertThat(program.language()).isEqualTo("en");
        assertThat(program.date()).isEqualTo(TODAY);
        assertThat(program.patient()).isEmpty();
        assertThat(program.items())
                .containsExactly(
                        new ProgramItem(
                                "knees-to-chest",
                                new Dose(
                                        IntRange.exactly(5),
                                        1,
                                        IntRange.exactly(5),
                                        20,
                                        Side.NONE,
                                        new IntRange(1, 2),
                                        Set.of(Dose.SETS)),
                                7,
                                "Slowly"),
                        new ProgramItem(
                                "bridge",
                                catalog.exercise("bridge").orElseThrow().dose(),
                                7,
                                ""));
    }

    @Test
    void aMissingLanguageFallsBackToDutchAndNoDescriptionGivesNoInstructions() {
        ProgramTemplate plain = new ProgramTemplate(
                "plain",
                new LocalizedText(Map.of("nl", "Rug")),
                Optional.empty(),
                List.of(new ProgramTemplate.Item("bridge", DoseOverride.NONE, Optional.empty())),
                List.of("test-source"));
        Program program = ProgramTemplates.fromTemplate(plain, catalog, "en", TODAY);
        assertThat(program.title()).isEqualTo("Rug");
        assertThat(program.instructions()).isEmpty();
    }

    @Test
    void aTemplateNamingAMissingExerciseIsRefused() {
        ProgramTemplate broken = new ProgramTemplate(
                "x",
                LocalizedText.of("X", "X"),
                Optional.empty(),
                List.of(new ProgramTemplate.Item("gone", DoseOverride.NONE, Optional.empty())),
                List.of());
        assertThatThrownBy(() -> ProgramTemplates.fromTemplate(broken, catalog, "nl", TODAY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("gone");
    }

    @Test
    void theOverrideHoldsOnlyWhatDiffersOrWasConfirmed() {
        assertThat(ProgramTemplates.overrideFrom(KNEES_DOSE, KNEES_DOSE)).isEqualTo(DoseOverride.NONE);
        Dose confirmedSets = new Dose(
                KNEES_DOSE.reps(),
                1,
                KNEES_DOSE.holdSeconds(),
                30,
                Side.NONE,
                KNEES_DOSE.timesPerDay(),
                Set.of(Dose.REST_SECONDS));
        assertThat(ProgramTemplates.overrideFrom(KNEES_DOSE, confirmedSets))
                .isEqualTo(new DoseOverride(
                        Optional.empty(),
                        Optional.of(1),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty()));
        Dose allChanged =
                new Dose(IntRange.exactly(7), 2, IntRange.exactly(9), 11, Side.EACH, IntRange.exactly(4), Set.of());
        assertThat(ProgramTemplates.overrideFrom(KNEES_DOSE, allChanged))
                .isEqualTo(new DoseOverride(
                        Optional.of(IntRange.exactly(7)),
                        Optional.of(2),
                        Optional.of(IntRange.exactly(9)),
                        Optional.of(11),
                        Optional.of(Side.EACH),
                        Optional.of(IntRange.exactly(4))));
        for (Dose chosen : List.of(KNEES_DOSE, confirmedSets, allChanged)) {
            assertThat(ProgramTemplates.overrideFrom(KNEES_DOSE, chosen).applyTo(KNEES_DOSE))
                    .isEqualTo(chosen);
        }
    }

    @Test
    void aProgramBecomesATemplateAndBackWithTheSameItems() {
        ProgramEditor editor =
                new ProgramEditor(catalog, ProgramTemplates.fromTemplate(template(), catalog, "nl", TODAY), "nl");
        editor.addExercise("seated-rotation");
        editor.setSide(2, Side.EACH);
        editor.setNote(2, "Rustig");
        Program program = editor.program();
        ProgramTemplate saved = ProgramTemplates.toTemplate(program, "clinic-back", catalog);
        assertThat(saved.id()).isEqualTo("clinic-back");
        assertThat(saved.title()).isEqualTo(new LocalizedText(Map.of("nl", "Rug")));
        assertThat(saved.sources()).containsExactly("test-source");
        assertThat(ProgramTemplates.fromTemplate(saved, catalog, "nl", TODAY)).isEqualTo(program);
    }

    @Test
    void aTemplateFromAnEnglishProgramCarriesTheTextAsDutchToo() {
        Program program = ProgramTemplates.fromTemplate(template(), catalog, "en", TODAY);
        ProgramTemplate saved = ProgramTemplates.toTemplate(program, "clinic-back", catalog);
        assertThat(saved.title().values()).isEqualTo(Map.of("nl", "Back", "en", "Back"));
        assertThat(saved.description()).contains(LocalizedText.of("Take it easy.", "Take it easy."));
        assertThat(saved.items().get(0).note()).contains(LocalizedText.of("Slowly", "Slowly"));
        assertThat(saved.items().get(1).note()).isEmpty();
    }

    @Test
    void aTemplateNeedsATitleAndAnExercise() {
        Program untitled = Program.empty(TODAY, "nl").withItems(List.of(new ProgramItem("bridge", KNEES_DOSE, 7, "")));
        assertThatThrownBy(() -> ProgramTemplates.toTemplate(untitled, "x1", catalog))
                .hasMessageContaining("title");
        ProgramEditor editor = new ProgramEditor(catalog, Program.empty(TODAY, "nl"), "nl");
        editor.setTitle("Leeg");
        assertThatThrownBy(() -> ProgramTemplates.toTemplate(editor.program(), "x1", catalog))
                .hasMessageContaining("exercise");
        editor.setInstructions("");
        Program noDescription = editor.program().withItems(List.of(new ProgramItem("bridge", KNEES_DOSE, 7, "")));
        assertThat(ProgramTemplates.toTemplate(noDescription, "x1", catalog).description())
                .isEmpty();
    }
}
