package org.physiokiosk.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.physiokiosk.content.ContentLoader;
import org.physiokiosk.content.LoadResult;
import org.physiokiosk.kiosk.SettingsFile;
import org.physiokiosk.program.FileProgramStore;
import org.physiokiosk.program.Program;
import org.physiokiosk.program.ProgramStore;

/**
 * Bad input on purpose: every file reader gets good files with bytes flipped, cut, inserted or swapped for
 * junk. Whatever comes in, a reader reports and never throws past its boundary, and a valid sibling file
 * beside the mangled one is never lost.
 */
class MutatedFilesProperties {

    private static final Path BUNDLED = Path.of(System.getProperty("physiokiosk.content", "content"));
    private static final Path GOOD_EXERCISE = BUNDLED.resolve("exercises/leaflet-knees-to-chest.json");
    private static final Path SIBLING_EXERCISE = BUNDLED.resolve("exercises/sciatica-bridge.json");

    /** A mutation of a file's bytes: what a bad disk, a bad editor or a hostile visitor does to a file. */
    record Mutation(int kind, double where, int length, byte value) {
        byte[] applyTo(byte[] original) {
            int at = (int) (where * original.length);
            int end = Math.min(original.length, at + length);
            byte[] head = java.util.Arrays.copyOfRange(original, 0, at);
            byte[] tail = java.util.Arrays.copyOfRange(original, end, original.length);
            byte[] middle = switch (kind) {
                case 0 -> new byte[0]; // cut a run of bytes out
                case 1 -> filled(length, value); // overwrite a run with one byte
                case 2 -> concat(filled(length, value), java.util.Arrays.copyOfRange(original, at, end)); // insert
                default -> java.util.Arrays.copyOfRange(original, at, at); // truncate here
            };
            return kind == 3 ? head : concat(concat(head, middle), tail);
        }

        private static byte[] filled(int n, byte b) {
            byte[] bytes = new byte[n];
            java.util.Arrays.fill(bytes, b);
            return bytes;
        }

        private static byte[] concat(byte[] a, byte[] b) {
            byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
            System.arraycopy(b, 0, out, a.length, b.length);
            return out;
        }
    }

    @Provide
    Arbitrary<Mutation> mutations() {
        Arbitrary<Byte> interesting = Arbitraries.of(
                (byte) '{',
                (byte) '}',
                (byte) '"',
                (byte) ',',
                (byte) ':',
                (byte) 0,
                (byte) 0xC3,
                (byte) 0xFF,
                (byte) '\n',
                (byte) '\\',
                (byte) '[',
                (byte) '9',
                (byte) '-');
        return Combinators.combine(
                        Arbitraries.integers().between(0, 3),
                        Arbitraries.doubles().between(0, 1),
                        Arbitraries.integers().between(1, 40),
                        Arbitraries.oneOf(interesting, Arbitraries.bytes()))
                .as(Mutation::new);
    }

    @Property(tries = 150)
    void aMangledClinicExerciseIsReportedAndItsSiblingStillLoads(@ForAll("mutations") Mutation mutation)
            throws IOException {
        Path clinic = Files.createTempDirectory("pk-mutated-content");
        try {
            Files.createDirectories(clinic.resolve("exercises"));
            // The clinic replaces one bundled exercise with a mangled copy and adds a good one of its own.
            Files.write(
                    clinic.resolve("exercises/leaflet-knees-to-chest.json"),
                    mutation.applyTo(Files.readAllBytes(GOOD_EXERCISE)));
            String sibling = Files.readString(SIBLING_EXERCISE).replace("\"sciatica-bridge\"", "\"clinic-bridge\"");
            Files.writeString(clinic.resolve("exercises/clinic-bridge.json"), sibling);

            LoadResult result = new ContentLoader().loadBundledAnd(Optional.of(clinic));

            assertThat(result.catalog().exercise("clinic-bridge"))
                    .as("the good sibling")
                    .isPresent();
            // Either the mangled file still made sense, or the bundled exercise it tried to replace stays.
            assertThat(result.catalog().exercise("leaflet-knees-to-chest")).isPresent();
            result.problems()
                    .forEach(
                            problem -> assertThat(problem.format()).isNotBlank().doesNotContain("\n"));
        } finally {
            deleteTree(clinic);
        }
    }

    @Property(tries = 150)
    void aMangledSettingsFileNeverThrowsAndKeepsADefaultForWhatItLost(@ForAll("mutations") Mutation mutation)
            throws IOException {
        Path folder = Files.createTempDirectory("pk-mutated-settings");
        try {
            String good =
                    "clinicName=Fysio Zoë\ncontactLine=Dorpsstraat 1\nlanguage=en\nidleSeconds=90\ncontentFolder=C:\\Clinic\n";
            Path file = folder.resolve("settings.properties");
            Files.write(file, mutation.applyTo(good.getBytes(StandardCharsets.UTF_8)));
            SettingsFile.Read read = SettingsFile.read(file);
            assertThat(read.settings().clinicName()).isNotBlank();
            assertThat(List.of("nl", "en")).contains(read.settings().language());
            assertThat(read.settings().idleTimeout().toSeconds()).isBetween(15L, 3600L);
            assertThat(Files.readAllBytes(file))
                    .as("never rewritten")
                    .isEqualTo(mutation.applyTo(good.getBytes(StandardCharsets.UTF_8)));
        } finally {
            deleteTree(folder);
        }
    }

    @Property(tries = 100)
    void aMangledSavedProgramIsReportedByNameAndTheOthersStayReadable(@ForAll("mutations") Mutation mutation)
            throws Exception {
        Path folder = Files.createTempDirectory("pk-mutated-programs");
        try {
            FileProgramStore store = new FileProgramStore(folder);
            Program first = store.save(
                    Program.empty(java.time.LocalDate.of(2026, 11, 29), "nl").withItems(List.of()));
            Program second = store.save(
                    Program.empty(java.time.LocalDate.of(2026, 11, 30), "en").withItems(List.of()));
            Path victim = folder.resolve(first.id().orElseThrow() + ".json");
            byte[] mangled = mutation.applyTo(Files.readAllBytes(victim));
            Files.write(victim, mangled);

            ProgramStore.Listing listing = store.list();

            assertThat(listing.programs())
                    .extracting(ProgramStore.Summary::id)
                    .contains(second.id().orElseThrow());
            boolean stillReadable = listing.programs().stream()
                    .anyMatch(s -> s.id().equals(first.id().orElseThrow()));
            if (!stillReadable) {
                assertThat(listing.problems())
                        .anySatisfy(
                                p -> assertThat(p).contains(victim.getFileName().toString()));
            }
            assertThat(Files.readAllBytes(victim))
                    .as("a bad file is never overwritten by reading")
                    .isEqualTo(mangled);
        } finally {
            deleteTree(folder);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
