package org.physiokiosk.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;

class FileErrorsTest {

    @Test
    void theCommonFailuresAreSaidInWordsWithoutTheJavaClassOrTheTempFilesName() {
        assertThat(FileErrors.describe(new AccessDeniedException("/srv/pk/programs/.123.tmp")))
                .isEqualTo("permission denied");
        assertThat(FileErrors.describe(new NoSuchFileException("/srv/pk/programs")))
                .isEqualTo("no such file or folder");
        assertThat(FileErrors.describe(
                        new FileSystemException("/srv/pk/programs/.123.tmp", null, "No space left on device")))
                .isEqualTo("the disk is full");
        assertThat(FileErrors.describe(new FileSystemException("/mnt/usb/x", null, "Read-only file system")))
                .isEqualTo("the disk is read-only");
        assertThat(FileErrors.describe(new java.nio.file.FileAlreadyExistsException("/srv/pk")))
                .isEqualTo("a file is in the way where a folder should be");
        assertThat(FileErrors.describe(new FileSystemException("/srv/pk/logs", null, "Not a directory")))
                .isEqualTo("a file is in the way where a folder should be");
        assertThat(FileErrors.describe(new IOException("Input/output error"))).isEqualTo("Input/output error");
        assertThat(FileErrors.describe(new IOException())).isEqualTo("IOException");
    }
}
