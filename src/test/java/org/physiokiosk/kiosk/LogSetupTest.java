package org.physiokiosk.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Handler;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogSetupTest {

    @TempDir
    Path data;

    private Thread.UncaughtExceptionHandler previous;

    @AfterEach
    void restoreGlobalLogging() {
        Logger root = Logger.getLogger("");
        for (Handler handler : root.getHandlers()) {
            if (handler instanceof java.util.logging.FileHandler) {
                root.removeHandler(handler);
                handler.close();
            }
        }
        Thread.setDefaultUncaughtExceptionHandler(previous);
    }

    @Test
    void anUncaughtExceptionIsWrittenToTheLogAndTheThreadDiesAlone() throws Exception {
        previous = Thread.getDefaultUncaughtExceptionHandler();
        assertThat(LogSetup.toFolder(data.resolve("logs"))).isTrue();

        Thread worker = new Thread(
                () -> {
                    throw new IllegalStateException("something broke in a worker");
                },
                "test-worker");
        worker.start();
        worker.join();
        for (Handler handler : Logger.getLogger("").getHandlers()) {
            handler.flush();
        }

        String log = Files.readString(data.resolve("logs/physiokiosk-0.log"));
        assertThat(log).contains("uncaught on thread test-worker", "something broke in a worker");
    }

    @Test
    void theLogFolderTheAppMakesIsTheUsersOnlyAndOneThereKeepsItsPermissions() throws Exception {
        previous = Thread.getDefaultUncaughtExceptionHandler();
        org.assertj.core.api.Assumptions.assumeThat(Files.getFileStore(data).supportsFileAttributeView("posix"))
                .isTrue();
        Path logs = data.resolve("home").resolve("logs");

        assertThat(LogSetup.toFolder(logs)).isTrue();

        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(logs)))
                .isEqualTo("rwx------");
        restoreGlobalLogging();
        Path shared = Files.createDirectories(data.resolve("shared-logs"));
        Files.setPosixFilePermissions(shared, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-x---"));
        LogSetup.appendWarning(shared, "test", "a line");
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(shared)))
                .as("an administrator's choice is kept")
                .isEqualTo("rwxr-x---");
    }

    @Test
    void aLogFolderThatCannotBeMadeIsOneWarningLineWithoutAStackTrace() throws Exception {
        previous = Thread.getDefaultUncaughtExceptionHandler();
        Path file = Files.writeString(data.resolve("home"), "a file where the data folder should be");
        java.util.List<java.util.logging.LogRecord> records = new java.util.concurrent.CopyOnWriteArrayList<>();
        Handler listener = new Handler() {
            @Override
            public void publish(java.util.logging.LogRecord record) {
                records.add(record);
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        Logger.getLogger("").addHandler(listener);
        try {
            assertThat(LogSetup.toFolder(file.resolve("logs"))).isFalse();
        } finally {
            Logger.getLogger("").removeHandler(listener);
        }
        assertThat(records).singleElement().satisfies(record -> {
            assertThat(record.getThrown()).isNull();
            assertThat(new java.util.logging.SimpleFormatter().formatMessage(record))
                    .isEqualTo("cannot write logs to " + file.resolve("logs")
                            + " (a file is in the way where a folder should be); logging to the console only");
        });
    }
}
