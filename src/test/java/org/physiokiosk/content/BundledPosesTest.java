package org.physiokiosk.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.physiokiosk.figure.FigureDrawings;
import org.physiokiosk.figure.Pose;
import org.physiokiosk.figure.PoseCheck;

/** The poses that ship: every name the contract promises exists, loads cleanly and is drawable. */
class BundledPosesTest {

    private static LoadResult loaded;

    @BeforeAll
    static void load() {
        loaded = new ContentLoader().loadBundledAnd(Optional.empty());
    }

    static List<String> contractNames() throws IOException {
        Matcher rows = Pattern.compile("(?m)^\\| ([a-z0-9-]+) \\| (side|top|front) \\|")
                .matcher(Files.readString(Path.of("docs/pose-names.md")));
        List<String> names = new java.util.ArrayList<>();
        while (rows.find()) {
            names.add(rows.group(1));
        }
        return names;
    }

    @Test
    void everyPoseNamedInTheContractExists() throws IOException {
        List<String> names = contractNames();
        assertThat(names).hasSizeGreaterThan(40);
        assertThat(loaded.catalog().poses()).containsKeys(names.toArray(String[]::new));
    }

    @Test
    void poseFilesLoadWithoutProblems() {
        assertThat(loaded.problems())
                .filteredOn(p -> p.file().contains("poses/"))
                .isEmpty();
    }

    @Test
    void everyPoseRestsOnItsSupportAndIsDrawable() {
        for (Pose pose : loaded.catalog().poses().values()) {
            assertThat(PoseCheck.problems(pose)).as(pose.id()).isEmpty();
            assertThat(FigureDrawings.still(pose, false).items()).as(pose.id()).hasSizeGreaterThan(15);
        }
    }

    @Test
    void lyingWithBentKneesHasTheFeetFlatAndTheBridgeLiftsTheHips() {
        Map<String, Pose> poses = loaded.catalog().poses();
        assertThat(PoseCheck.feetOnFloor(poses.get("supine-knees-bent"))).isTrue();
        assertThat(PoseCheck.feetOnFloor(poses.get("bridge"))).isTrue();
        assertThat(PoseCheck.hipHeight(poses.get("bridge")))
                .isGreaterThan(PoseCheck.hipHeight(poses.get("supine-knees-bent")) + 0.08);
        assertThat(PoseCheck.hipHeight(poses.get("supine-pelvic-tilt")))
                .isLessThan(PoseCheck.hipHeight(poses.get("bridge")));
    }
}
