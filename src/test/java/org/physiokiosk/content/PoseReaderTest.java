package org.physiokiosk.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.physiokiosk.figure.BodyPart;
import org.physiokiosk.figure.Dof;
import org.physiokiosk.figure.Landmark;
import org.physiokiosk.figure.Pose;
import org.physiokiosk.figure.Prop;
import org.physiokiosk.figure.View;

class PoseReaderTest {

    @TempDir
    Path folder;

    private LoadResult load(String poses) throws IOException {
        Files.createDirectories(folder.resolve("poses"));
        Files.writeString(
                folder.resolve("poses/test.json"), "{\"schemaVersion\": 1, \"poses\": [\n" + poses + "\n]}\n");
        return new ContentLoader().load(List.of(ContentRoot.clinic(folder)));
    }

    private List<String> problems(LoadResult result) {
        return result.problems().stream()
                .map(ContentProblem::format)
                .map(p -> p.replace(folder + "/", ""))
                .toList();
    }

    @Test
    void readsAPoseWithBothSidesAndOneSideAngles() throws IOException {
        LoadResult result = load("""
                {"id": "one-knee", "view": "side", "prop": "mat", "highlight": ["lower-back"], "cue": "right-knee",
                 "angles": {"right-knee-flex": 120, "knee-flex": 90, "body-pitch": -90}}""");
        assertThat(problems(result)).isEmpty();
        Pose pose = result.catalog().poses().get("one-knee");
        assertThat(pose.angles().get(Dof.RIGHT_KNEE_FLEX)).isEqualTo(120);
        assertThat(pose.angles().get(Dof.LEFT_KNEE_FLEX)).isEqualTo(90);
        assertThat(pose.viewOrDefault()).isEqualTo(View.SIDE);
        assertThat(pose.propOrDefault()).isEqualTo(Prop.MAT);
        assertThat(pose.highlightOrNone()).containsExactly(BodyPart.LOWER_BACK);
        assertThat(pose.cue()).contains(Landmark.RIGHT_KNEE);
    }

    @Test
    void unknownJointIsReportedWhereItStands() throws IOException {
        LoadResult result = load("""
                {"id": "typo", "view": "side",
                 "angles": {"kne-flex": 90}}""");
        assertThat(problems(result))
                .singleElement()
                .asString()
                .startsWith("poses/test.json:3:13: error: unknown field 'kne-flex'")
                .contains("knee-flex");
        assertThat(result.catalog().poses()).doesNotContainKey("typo");
    }

    @Test
    void angleABodyCannotReachIsAnError() throws IOException {
        LoadResult result = load("""
                {"id": "bad-knee", "view": "side", "angles": {"knee-flex": -10}}""");
        assertThat(problems(result))
                .singleElement()
                .asString()
                .endsWith("test.json:2:47: error: 'knee-flex' is -10; it must be from 0 to 160");
    }

    @Test
    void unknownViewPropPartAndCueAreErrors() throws IOException {
        LoadResult result = load("""
                {"id": "odd", "view": "back", "prop": "bed", "highlight": ["elbow"], "cue": "nose"}""");
        assertThat(problems(result)).hasSize(4).allMatch(p -> p.contains("error: '"));
    }

    @Test
    void extendsLaysAPoseOverItsBase() throws IOException {
        LoadResult result = load("""
                {"id": "base", "view": "side", "prop": "mat", "highlight": ["abdomen"], "angles": {"body-pitch": -90, "knee-flex": 100}},
                {"id": "child", "extends": "base", "angles": {"right-knee-flex": 20}}""");
        assertThat(problems(result)).isEmpty();
        Pose child = result.catalog().poses().get("child");
        assertThat(child.base()).isEmpty();
        assertThat(child.angles().get(Dof.BODY_PITCH)).isEqualTo(-90);
        assertThat(child.angles().get(Dof.LEFT_KNEE_FLEX)).isEqualTo(100);
        assertThat(child.angles().get(Dof.RIGHT_KNEE_FLEX)).isEqualTo(20);
        assertThat(child.propOrDefault()).isEqualTo(Prop.MAT);
        assertThat(child.highlightOrNone()).containsExactly(BodyPart.ABDOMEN);
    }

    @Test
    void missingOrCircularBaseIsAnError() throws IOException {
        LoadResult result = load("""
                {"id": "orphan", "extends": "nowhere"},
                {"id": "ping", "extends": "pong"},
                {"id": "pong", "extends": "ping"}""");
        assertThat(problems(result)).anyMatch(p -> p.contains("2:18: error: unknown pose 'nowhere' to extend"));
        assertThat(problems(result)).anyMatch(p -> p.contains("in a circle"));
        assertThat(result.catalog().poses()).isEmpty();
    }

    @Test
    void aPoseWithoutViewOrBaseIsAnError() throws IOException {
        LoadResult result = load("""
                {"id": "floating", "angles": {"knee-flex": 10}}""");
        assertThat(problems(result)).singleElement().asString().contains("needs a 'view'");
    }
}
