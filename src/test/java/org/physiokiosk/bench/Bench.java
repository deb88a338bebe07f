package org.physiokiosk.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Where things are for the suite's child processes: the JDK's java, the kiosk jar, the test classes, a work folder. */
record Bench(Path java, Path jar, Path testClasses, Path work, Map<String, String> env) {

    /** {@code java [jvm options] -cp jar:test-classes mainClass args}: a test-source main started from the same jar. */
    List<String> testMain(List<String> jvmOptions, String mainClass, String... args) {
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(jar + ":" + testClasses);
        command.add(mainClass);
        command.addAll(List.of(args));
        return command;
    }

    /** {@code java [jvm options] -jar physio-kiosk.jar args}, with its data folder inside the work folder. */
    List<String> kiosk(List<String> jvmOptions, String... args) {
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.add("-Dphysiokiosk.home=" + work.resolve("home"));
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(jar.toString());
        command.addAll(List.of(args));
        return command;
    }
}
