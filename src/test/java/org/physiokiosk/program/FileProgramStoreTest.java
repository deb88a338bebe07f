package org.physiokiosk.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.physiokiosk.program.ProgramFixtures.KNEES_DOSE;
import static org.physiokiosk.program.ProgramFixtures.TODAY;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.physiokiosk.content.Dose;
import org.physiokiosk.content.IntRange;
import org.physiokiosk.content.Side;

class FileProgramStoreTest {

    @TempDir
    Path folder;

    static Program program(String title) {
        Dose single = new Dose(
                IntRange.exactly(8),
                3,
                IntRange.exactly(0),
                60,
                Side.EACH,
                IntRange.exactly(1),
                List.of(Dose.SETS).stream().collect(java.util.stream.Collectors.toSet()));
        return new Program(
                Optional.empty(),
                0,
                title,
                Optional.of("Jan Jansen"),
                "Anna",
                TODAY,
                Optional.of(TODAY.plusWeeks(6)),
                "Stop if it hurts more.",
                "nl",
                List.of(
                        new ProgramItem("knees-to-chest", KNEES_DOSE, 7, "Langzaam"),
                        new ProgramItem("bridge", single, 5, "")));
    }

    private List<String> folderNames() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            // The lock file stays; everything else in the folder is a program or a leftover.
            return files.map(path -> path.getFileName().toString())
                    .filter(name -> !name.equals(FolderLock.FILE))
                    .sorted()
                    .toList();
        }
    }

    @Test
    void aNewProgramGetsARandomIdAndRevisionOneAndLoadsEqual() throws Exception {
        FileProgramStore store = new FileProgramStore(folder);
        Program saved = store.save(program("Rug"));
        String id = saved.id().orElseThrow();
        assertThat(id).matches("[2-9a-hjkmnp-z]{10}");
        assertThat(saved.revision()).isEqualTo(1);
        assertThat(saved).isEqualTo(program("Rug").withStoreKey(id, 1));
        assertThat(folderNames()).containsExactly(id + ".json");
        assertThat(store.load(id)).contains(saved);
        assertThat(store.folder()).isEqualTo(folder);
        Program other = store.save(program("Rug"));
        assertThat(other.id()).isNotEqualTo(saved.id());
    }

    @Test
    void thePatientsNameNeverReachesTheFileName() throws Exception {
        Program saved = new FileProgramStore(folder).save(program("Jan Jansen"));
        assertThat(folderNames()).singleElement().isEqualTo(saved.id().orElseThrow() + ".json");
        assertThat(folderNames().get(0)).doesNotContainIgnoringCase("jan");
    }

    @Test
    void theFileIsPlainVersionedJson() throws Exception {
        Program saved = new FileProgramStore(folder, new AtomicFile(AtomicFile.SYNCED), () -> "k3m9x2p7qa")
                .save(program("Rug"));
        String json = Files.readString(folder.resolve("k3m9x2p7qa.json"));
        assertThat(json).isEqualToIgnoringWhitespace("""
                {"schemaVersion": 1, "id": "k3m9x2p7qa", "revision": 1, "title": "Rug", "patient": "Jan Jansen",
                 "therapist": "Anna", "date": "2026-11-29", "reviewDate": "2027-01-10", "instructions": "Stop if it hurts more.",
                 "language": "nl", "items": [
                  {"exercise": "knees-to-chest", "dose": {"reps": {"min": 5, "max": 10}, "sets": 1, "holdSeconds": 5,
                   "restSeconds": 30, "side": "none", "timesPerDay": {"min": 1, "max": 2}, "defaults": ["sets", "restSeconds"]},
                   "daysPerWeek": 7, "note": "Langzaam"},
                  {"exercise": "bridge", "dose": {"reps": 8, "sets": 3, "holdSeconds": 0, "restSeconds": 60, "side": "each",
                   "timesPerDay": 1, "defaults": ["sets"]}, "daysPerWeek": 5, "note": ""}]}
                """);
        assertThat(saved.revision()).isEqualTo(1);
    }

    @Test
    void leavesOutWhatIsNotThere() throws Exception {
        Program bare = Program.empty(TODAY, "en");
        Program saved = new FileProgramStore(folder, new AtomicFile(AtomicFile.SYNCED), () -> "bare1").save(bare);
        String json = Files.readString(folder.resolve("bare1.json"));
        assertThat(json).doesNotContain("patient", "reviewDate");
        assertThat(new FileProgramStore(folder).load("bare1")).contains(saved);
    }

    @Test
    void everySaveRaisesTheRevisionAndAnOlderOneIsAConflict() throws Exception {
        FileProgramStore desk1 = new FileProgramStore(folder);
        FileProgramStore desk2 = new FileProgramStore(folder);
        Program first = desk1.save(program("Rug"));
        String id = first.id().orElseThrow();
        Program opened1 = desk1.load(id).orElseThrow();
        Program opened2 = desk2.load(id).orElseThrow();
        Program second = desk2.save(opened2);
        assertThat(second.revision()).isEqualTo(2);
        String before = Files.readString(folder.resolve(id + ".json"));

        assertThatThrownBy(() -> desk1.save(opened1))
                .isInstanceOf(ProgramStoreException.Conflict.class)
                .hasMessageContaining("revision 2")
                .hasMessageNotContaining("Jan");
        assertThat(Files.readString(folder.resolve(id + ".json"))).isEqualTo(before);
        Program ahead = opened1.withStoreKey(id, 5);
        assertThatThrownBy(() -> desk1.save(ahead)).isInstanceOf(ProgramStoreException.Conflict.class);
        assertThat(desk1.save(second).revision()).isEqualTo(3);
    }

    @Test
    void ofManyDesksSavingTheSameRevisionAtOnceExactlyOneWins() throws Exception {
        String id = new FileProgramStore(folder).save(program("Rug")).id().orElseThrow();
        int desks = 6;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(desks);
        try {
            for (int round = 0; round < 15; round++) {
                Program opened = new FileProgramStore(folder).load(id).orElseThrow();
                java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
                List<java.util.concurrent.Future<Boolean>> saves = new java.util.ArrayList<>();
                for (int desk = 0; desk < desks; desk++) {
                    FileProgramStore own = new FileProgramStore(folder);
                    saves.add(pool.submit(() -> {
                        start.await();
                        try {
                            own.save(opened);
                            return true;
                        } catch (ProgramStoreException.Conflict conflict) {
                            return false;
                        }
                    }));
                }
                start.countDown();
                int won = 0;
                for (java.util.concurrent.Future<Boolean> save : saves) {
                    won += save.get() ? 1 : 0;
                }
                assertThat(won).as("round %d", round).isEqualTo(1);
                assertThat(new FileProgramStore(folder).load(id).orElseThrow().revision())
                        .isEqualTo(opened.revision() + 1);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(folderNames()).containsExactly(id + ".json");
    }

    @Test
    void aProgramDeletedElsewhereIsSavedAgain() throws Exception {
        FileProgramStore store = new FileProgramStore(folder);
        Program saved = store.save(program("Rug"));
        store.delete(saved.id().orElseThrow());
        assertThat(store.load(saved.id().orElseThrow())).isEmpty();
        assertThat(store.save(saved).revision()).isEqualTo(2);
    }

    @Test
    void aFailedSaveKeepsThePreviousFileAndLeavesNoTemporaryFile() throws Exception {
        Program saved = new FileProgramStore(folder).save(program("Rug"));
        Path file = folder.resolve(saved.id().orElseThrow() + ".json");
        byte[] before = Files.readAllBytes(file);
        AtomicFile fullDisk = new AtomicFile((temp, bytes) -> {
            Files.write(temp, java.util.Arrays.copyOf(bytes, bytes.length / 2));
            throw new IOException("No space left on device");
        });
        FileProgramStore failing = new FileProgramStore(folder, fullDisk, FileProgramStore::randomId);
        Program edited = new Program(
                saved.id(),
                saved.revision(),
                "Nieuw",
                saved.patient(),
                saved.therapist(),
                saved.date(),
                saved.reviewDate(),
                saved.instructions(),
                saved.language(),
                saved.items());

        assertThatThrownBy(() -> failing.save(edited))
                .isInstanceOf(ProgramStoreException.class)
                .isNotInstanceOf(ProgramStoreException.Conflict.class)
                .hasMessageContaining("(the previous version is kept): the disk is full")
                .hasMessageContaining("previous version is kept")
                .hasCauseInstanceOf(IOException.class);
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(folderNames()).containsExactly(file.getFileName().toString());
        assertThatThrownBy(() -> failing.save(program("Nieuw"))).isInstanceOf(ProgramStoreException.class);
        assertThat(folderNames()).containsExactly(file.getFileName().toString());
    }

    @Test
    void aFolderThatCannotBeMadeIsAStoreError() throws Exception {
        Path notAFolder = Files.writeString(folder.resolve("plain-file"), "x");
        FileProgramStore store = new FileProgramStore(notAFolder.resolve("programs"));
        assertThatThrownBy(() -> store.save(program("Rug"))).isInstanceOf(ProgramStoreException.class);
    }

    @Test
    void aNewIdNeverReplacesAnExistingFile() throws Exception {
        Iterator<String> ids = List.of("same1", "same1", "other").iterator();
        FileProgramStore store = new FileProgramStore(folder, new AtomicFile(AtomicFile.SYNCED), ids::next);
        assertThat(store.save(program("A")).id()).contains("same1");
        assertThat(store.save(program("B")).id()).contains("other");
        assertThat(store.load("same1").orElseThrow().title()).isEqualTo("A");
    }

    @Test
    void anIdThatIsNoIdFindsNothingAndCannotBeSaved() throws Exception {
        FileProgramStore store = new FileProgramStore(folder);
        Files.writeString(folder.resolve("secret.txt"), "x");
        assertThat(store.load("../secret")).isEmpty();
        assertThat(store.load("Jan Jansen")).isEmpty();
        assertThat(store.load(null)).isEmpty();
        assertThat(store.load("nothere")).isEmpty();
        store.delete("../secret.txt");
        assertThat(folderNames()).contains("secret.txt");
        assertThatThrownBy(() -> store.save(program("A").withStoreKey("../up", 0)))
                .isInstanceOf(ProgramStoreException.class)
                .hasMessageContaining("not a program id");
    }

    @Test
    void deleteRemovesTheFileAndForgetsWhatIsNotThere() throws Exception {
        FileProgramStore store = new FileProgramStore(folder);
        String id = store.save(program("A")).id().orElseThrow();
        store.delete(id);
        store.delete(id);
        assertThat(folderNames()).isEmpty();
        assertThat(store.list().programs()).isEmpty();
    }

    @Test
    void aFileThatCannotBeDeletedIsAStoreError() throws Exception {
        Files.createDirectories(folder.resolve("full.json").resolve("inside"));
        assertThatThrownBy(() -> new FileProgramStore(folder).delete("full")).isInstanceOf(ProgramStoreException.class);
    }

    @Test
    void aMissingFolderListsNothing() throws Exception {
        FileProgramStore store = new FileProgramStore(folder.resolve("not-yet"));
        assertThat(store.list().programs()).isEmpty();
        assertThat(store.list().problems()).isEmpty();
        assertThat(store.load("abc")).isEmpty();
    }
}
