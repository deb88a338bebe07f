package org.physiokiosk.program;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.physiokiosk.content.Category;
import org.physiokiosk.content.Equipment;
import org.physiokiosk.content.Exercise;
import org.physiokiosk.content.Region;
import org.physiokiosk.content.StartPosition;

class LibrarySearchTest {

    private final LibrarySearch search = new LibrarySearch(ProgramFixtures.catalog(), "en");

    private List<String> ids(ExerciseFilter filter) {
        return search.find(filter).stream().map(Exercise::id).toList();
    }

    @Test
    void noFilterFindsEverythingInTitleOrderOfTheScreensLanguage() {
        assertThat(ids(ExerciseFilter.ANY))
                .containsExactly("bridge", "calf-stretch", "knees-to-chest", "seated-rotation");
        List<String> dutch = new LibrarySearch(ProgramFixtures.catalog(), "nl")
                .find(ExerciseFilter.ANY).stream().map(Exercise::id).toList();
        // Brug, Draaien op een stoel, Knieën naar de borst, Kuit rekken
        assertThat(dutch).containsExactly("bridge", "seated-rotation", "knees-to-chest", "calf-stretch");
    }

    @Test
    void accentsAndCaseAreIgnoredInBothDirections() {
        assertThat(ids(ExerciseFilter.ANY.withText("knieen"))).containsExactly("knees-to-chest");
        assertThat(ids(ExerciseFilter.ANY.withText("KNIEËN"))).containsExactly("knees-to-chest");
        assertThat(ids(ExerciseFilter.ANY.withText("KNEE"))).containsExactly("knees-to-chest");
        assertThat(ids(ExerciseFilter.ANY.withText("een voet"))).containsExactly("calf-stretch");
    }

    @Test
    void matchesTitleSummaryAndStepsInEitherLanguage() {
        assertThat(ids(ExerciseFilter.ANY.withText("brug"))).containsExactly("bridge");
        assertThat(ids(ExerciseFilter.ANY.withText("buttocks"))).containsExactly("bridge");
        assertThat(ids(ExerciseFilter.ANY.withText("schouders"))).containsExactly("seated-rotation");
        assertThat(ids(ExerciseFilter.ANY.withText("upper back"))).containsExactly("seated-rotation");
    }

    @Test
    void everyWordMustMatchAndPartsOfWordsCount() {
        assertThat(ids(ExerciseFilter.ANY.withText("rekt"))).containsExactly("calf-stretch", "knees-to-chest");
        assertThat(ids(ExerciseFilter.ANY.withText("rekt kuit"))).containsExactly("calf-stretch");
        assertThat(ids(ExerciseFilter.ANY.withText("rekt brug"))).isEmpty();
        assertThat(ids(ExerciseFilter.ANY.withText("stret"))).containsExactly("calf-stretch", "knees-to-chest");
    }

    @Test
    void blankOrPunctuationOnlyTextMatchesEverything() {
        assertThat(ids(ExerciseFilter.ANY.withText("  ,. "))).hasSize(4);
        assertThat(ids(ExerciseFilter.ANY.withText(null))).hasSize(4);
    }

    @Test
    void wordsDoNotRunOnFromOneTextIntoTheNext() {
        // "Brug" + "Bridge" must not make "brugbridge", nor the end of the title run into the summary.
        assertThat(ids(ExerciseFilter.ANY.withText("brugbridge"))).isEmpty();
        assertThat(ids(ExerciseFilter.ANY.withText("bridgesterke"))).isEmpty();
    }

    @Test
    void filtersByRegionCategoryPositionAndEquipment() {
        assertThat(ids(ExerciseFilter.ANY.withRegions(Set.of(Region.LOWER_BACK))))
                .containsExactly("bridge", "knees-to-chest");
        assertThat(ids(ExerciseFilter.ANY.withRegions(Set.of(Region.HIPS, Region.LEGS))))
                .containsExactly("calf-stretch", "knees-to-chest");
        assertThat(ids(ExerciseFilter.ANY.withCategories(Set.of(Category.STRETCH))))
                .containsExactly("calf-stretch");
        assertThat(ids(ExerciseFilter.ANY.withStartPositions(Set.of(StartPosition.SITTING, StartPosition.STANDING))))
                .containsExactly("calf-stretch", "seated-rotation");
        assertThat(ids(ExerciseFilter.ANY.withEquipment(Set.of(Equipment.CHAIR))))
                .containsExactly("seated-rotation");
        assertThat(ids(ExerciseFilter.ANY.withEquipment(Set.of(Equipment.STOOL))))
                .isEmpty();
    }

    @Test
    void filtersCombine() {
        ExerciseFilter filter = ExerciseFilter.ANY
                .withRegions(Set.of(Region.LOWER_BACK))
                .withCategories(Set.of(Category.MOBILITY))
                .withStartPositions(Set.of(StartPosition.LYING_ON_BACK))
                .withEquipment(Set.of(Equipment.MAT))
                .withText("chest");
        assertThat(ids(filter)).containsExactly("knees-to-chest");
        assertThat(ids(filter.withCategories(Set.of(Category.STRENGTHEN)))).isEmpty();
    }

    @Test
    void foldingDropsMarksCaseAndPunctuation() {
        assertThat(LibrarySearch.fold("  Knieën, naar DE borst! ")).isEqualTo("knieen naar de borst");
        assertThat(LibrarySearch.fold("Çà-et-là")).isEqualTo("ca et la");
    }
}
