package org.physiokiosk.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.physiokiosk.content.Catalog;
import org.physiokiosk.content.ContentFixtures;
import org.physiokiosk.content.ContentLoader;
import org.physiokiosk.content.LoadResult;
import org.physiokiosk.content.ProgramTemplate;
import org.physiokiosk.content.Side;

/** A template saved from the builder loads back through the normal content loader, with no problems. */
class ClinicTemplateFolderTest {

    @TempDir
    Path clinic;

    private final Catalog base =
            new ContentLoader().load(List.of(ContentFixtures.base())).catalog();

    private LoadResult loadWithClinic() {
        return new ContentLoader().load(List.of(ContentFixtures.base(), ContentFixtures.clinic(clinic)));
    }

    private Program program(String language) {
        ProgramEditor editor = new ProgramEditor(base, Program.empty(ProgramFixtures.TODAY, language), "nl");
        editor.setTitle("Rug na de operatie");
        editor.setPatient("Jan Jansen");
        editor.setInstructions("Rustig \"opbouwen\".\nStop bij meer pijn.");
        editor.addExercise("bridge");
        editor.addExercise("bridge");
        editor.enter(0, DoseField.REPS, "12");
        editor.enter(0, DoseField.SETS, "1");
        editor.setSide(0, Side.ALTERNATE);
        editor.enter(0, DoseField.HOLD_SECONDS, "3-6");
        editor.enter(0, DoseField.REST_SECONDS, "15");
        editor.enter(0, DoseField.TIMES_PER_DAY, "1-3");
        editor.setNote(0, "Billen aanspannen");
        return editor.program();
    }

    @Test
    void aSavedTemplateLoadsThroughTheContentLoaderAsTheSameProgram() throws Exception {
        Program program = program("nl");
        ProgramTemplate saved = new ClinicTemplateFolder(clinic).saveAsTemplate(program, base);
        assertThat(saved.id()).matches("clinic-[2-9a-hjkmnp-z]{10}");
        assertThat(Files.list(clinic.resolve("programs"))
                        .map(p -> p.getFileName().toString())
                        .toList())
                .containsExactly(saved.id() + ".json");

        LoadResult loaded = loadWithClinic();
        // A Dutch program has no English yet: validate says so, honestly, as for any clinic file.
        assertThat(loaded.errorCount()).isZero();
        assertThat(loaded.problems())
                .isNotEmpty()
                .allSatisfy(problem -> assertThat(problem.message())
                        .isEqualTo("the English (en) text is missing; the Dutch text is shown instead"));
        ProgramTemplate template = loaded.catalog().templates().get(saved.id());
        assertThat(template).isEqualTo(saved);
        Program again = ProgramTemplates.fromTemplate(template, loaded.catalog(), "nl", ProgramFixtures.TODAY);
        assertThat(again.items()).isEqualTo(program.items());
        assertThat(again.title()).isEqualTo(program.title());
        assertThat(again.instructions()).isEqualTo(program.instructions());
        assertThat(again.patient()).isEmpty();
        assertThat(Files.readString(clinic.resolve("programs").resolve(saved.id() + ".json")))
                .doesNotContain("Jansen");
    }

    @Test
    void anEnglishProgramLoadsWithItsTextUnderBothLanguages() throws Exception {
        ProgramTemplate saved = new ClinicTemplateFolder(clinic).saveAsTemplate(program("en"), base, "my-back");
        LoadResult loaded = loadWithClinic();
        assertThat(loaded.problems()).isEmpty();
        ProgramTemplate template = loaded.catalog().templates().get("my-back");
        assertThat(template).isEqualTo(saved);
        assertThat(template.title().in("en")).isEqualTo("Rug na de operatie");
        String json = Files.readString(clinic.resolve("programs/my-back.json"));
        assertThat(json.indexOf("\"nl\"")).isLessThan(json.indexOf("\"en\""));
    }

    @Test
    void savingUnderTheSameIdReplacesTheTemplate() throws Exception {
        ClinicTemplateFolder folder = new ClinicTemplateFolder(clinic);
        folder.saveAsTemplate(program("nl"), base, "my-back");
        ProgramEditor editor = new ProgramEditor(base, program("nl"), "nl");
        editor.removeItem(0);
        folder.saveAsTemplate(editor.program(), base, "my-back");
        assertThat(loadWithClinic().catalog().templates().get("my-back").items())
                .hasSize(1);
    }

    @Test
    void aNewTemplateNeverReplacesAnExistingOne() throws Exception {
        java.util.Iterator<String> ids =
                List.of("clinic-a1", "clinic-a1", "clinic-b2").iterator();
        ClinicTemplateFolder folder = new ClinicTemplateFolder(clinic, new AtomicFile(AtomicFile.SYNCED), ids::next);
        assertThat(folder.saveAsTemplate(program("nl"), base).id()).isEqualTo("clinic-a1");
        assertThat(folder.saveAsTemplate(program("nl"), base).id()).isEqualTo("clinic-b2");
    }

    @Test
    void aBadIdOrAFailedWriteIsAStoreErrorAndKeepsThePreviousFile() throws Exception {
        ClinicTemplateFolder folder = new ClinicTemplateFolder(clinic);
        assertThatThrownBy(() -> folder.saveAsTemplate(program("nl"), base, "../up"))
                .isInstanceOf(ProgramStoreException.class);
        folder.saveAsTemplate(program("nl"), base, "my-back");
        byte[] before = Files.readAllBytes(clinic.resolve("programs/my-back.json"));
        ClinicTemplateFolder full = new ClinicTemplateFolder(
                clinic,
                new AtomicFile((temp, bytes) -> {
                    throw new IOException("No space left on device");
                }),
                () -> "clinic-x1");
        assertThatThrownBy(() -> full.saveAsTemplate(program("en"), base, "my-back"))
                .isInstanceOf(ProgramStoreException.class)
                .hasMessageContaining("(the previous version is kept): the disk is full");
        assertThat(Files.readAllBytes(clinic.resolve("programs/my-back.json"))).isEqualTo(before);
        assertThat(Files.list(clinic.resolve("programs")).count()).isEqualTo(1);
    }

    @Test
    void aProgramWithoutTitleOrExercisesIsNoTemplate() {
        Program untitled = Program.empty(ProgramFixtures.TODAY, "nl");
        assertThatThrownBy(() -> new ClinicTemplateFolder(clinic).saveAsTemplate(untitled, base))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
