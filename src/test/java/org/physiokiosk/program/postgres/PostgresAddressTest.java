package org.physiokiosk.program.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.physiokiosk.program.ProgramStoreException;

class PostgresAddressTest {

    @TempDir
    Path folder;

    @Test
    void readsTheSettingAndPassesTlsOptionsThrough() throws Exception {
        PostgresAddress address = PostgresAddress.of(
                "postgresql://db.clinic.lan:5433/programs?sslmode=verify-full&sslrootcert=/etc/physiokiosk/ca.crt",
                "physiokiosk_desk",
                "pw");
        assertThat(address.jdbcUrl()).isEqualTo("jdbc:postgresql://db.clinic.lan:5433/programs");
        assertThat(address.parameters())
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of("sslmode", "verify-full", "sslrootcert", "/etc/physiokiosk/ca.crt"));
        assertThat(address.toString()).doesNotContain("pw");
        assertThat(PostgresAddress.of("postgresql://db/programs", "u", "").jdbcUrl())
                .isEqualTo("jdbc:postgresql://db/programs");
    }

    @Test
    void refusesAddressesThatAreNotOneDatabaseOrCarryAPassword() {
        for (String bad : new String[] {
            "mysql://db/programs",
            "postgresql://db",
            "postgresql://desk:pw@db/programs",
            "postgresql://db/programs?sslmode",
            "not an address",
            "postgresql://db/programs?socketFactory=org.example.Evil",
            "postgresql://db/programs?loggerFile=/etc/passwd"
        }) {
            assertThatThrownBy(() -> PostgresAddress.of(bad, "u", "p"))
                    .as(bad)
                    .isInstanceOf(ProgramStoreException.class);
        }
        assertThat(PostgresAddress.isPostgres(" postgresql://db/programs")).isTrue();
        assertThat(PostgresAddress.isPostgres("C:\\PhysioKiosk\\programs")).isFalse();
    }

    @Test
    void readsUserAndPasswordFromAFileOnlyItsOwnerCanRead() throws Exception {
        Path credentials = folder.resolve("kiosk.credentials");
        Files.writeString(credentials, "# kiosk role\nuser=physiokiosk_kiosk\npassword=s3cret\n");
        Files.setPosixFilePermissions(credentials, PosixFilePermissions.fromString("rw-------"));
        PostgresAddress address = PostgresAddress.of("postgresql://db/programs", credentials);
        assertThat(address.user()).isEqualTo("physiokiosk_kiosk");
        assertThat(address.password()).isEqualTo("s3cret");
    }

    @Test
    void refusesACredentialsFileOthersCanRead() throws Exception {
        Path credentials = folder.resolve("kiosk.credentials");
        Files.writeString(credentials, "user=physiokiosk_kiosk\npassword=s3cret\n");
        Files.setPosixFilePermissions(credentials, PosixFilePermissions.fromString("rw-r--r--"));
        assertThatThrownBy(() -> PostgresAddress.of("postgresql://db/programs", credentials))
                .isInstanceOf(ProgramStoreException.class)
                .hasMessageContaining("chmod 600")
                .hasMessageNotContaining("s3cret");
    }

    @Test
    void refusesAMissingFileOrUser() throws Exception {
        assertThatThrownBy(() -> PostgresAddress.of("postgresql://db/programs", folder.resolve("none")))
                .isInstanceOf(ProgramStoreException.class)
                .hasMessageContaining("does not exist");
        Path credentials = folder.resolve("empty.credentials");
        Files.writeString(credentials, "password=x\n");
        Files.setPosixFilePermissions(credentials, PosixFilePermissions.fromString("rw-------"));
        assertThatThrownBy(() -> PostgresAddress.of("postgresql://db/programs", credentials))
                .isInstanceOf(ProgramStoreException.class)
                .hasMessageContaining("user=");
    }

    @Test
    void aPasswordWithBackslashesAndABomFromNotepadAreReadAsWritten() throws Exception {
        Path credentials = folder.resolve("desk.credentials");
        Files.writeString(credentials, "\uFEFFuser=physiokiosk_desk\r\npassword=ab\\c9:x=y\r\n");
        Files.setPosixFilePermissions(credentials, PosixFilePermissions.fromString("rw-------"));
        PostgresAddress address = PostgresAddress.of("postgresql://db/programs", credentials);
        assertThat(address.user()).isEqualTo("physiokiosk_desk");
        assertThat(address.password()).isEqualTo("ab\\c9:x=y");
    }

    @Test
    void aFolderOrAFileNotInUtf8IsRefusedByName() throws Exception {
        Path aFolder = Files.createDirectories(folder.resolve("creds"));
        assertThatThrownBy(() -> PostgresAddress.of("postgresql://db/programs", aFolder))
                .hasMessageContaining("is a folder, not a file");
        Path latin = folder.resolve("latin.credentials");
        Files.write(
                latin, "user=desk\npassword=caf\u00e9\n".getBytes(java.nio.charset.Charset.forName("windows-1252")));
        Files.setPosixFilePermissions(latin, PosixFilePermissions.fromString("rw-------"));
        assertThatThrownBy(() -> PostgresAddress.of("postgresql://db/programs", latin))
                .hasMessageContaining("latin.credentials is not saved as UTF-8");
    }
}
