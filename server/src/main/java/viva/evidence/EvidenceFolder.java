package viva.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where photos and stills are kept: {@code evidence/} inside {@code VIVA_DB_DIR}, so that a backup
 * (which copies that folder) carries them. Files are written whole or not at all.
 */
@ApplicationScoped
public class EvidenceFolder {

    @Inject
    @ConfigProperty(name = "viva.db.dir")
    Optional<String> databaseFolder;

    public Path root() {
        return Path.of(databaseFolder.map(String::strip).filter(s -> !s.isEmpty())
                .orElseThrow(() -> new IllegalStateException("viva.db.dir is not set"))).toAbsolutePath().normalize()
                .resolve("evidence");
    }

    public Path photo(long applicantId, CleanImage.Format format) {
        return root().resolve("photos").resolve("applicant-" + applicantId + "." + format.extension);
    }

    public Path defense(long defenseId) {
        return root().resolve("defenses").resolve("defense-" + defenseId);
    }

    public Path identity(long defenseId) {
        return defense(defenseId).resolve("identity.jpg");
    }

    public void write(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.getParent());
            Path part = Files.createTempFile(file.getParent(), ".writing-", ".part");
            Files.write(part, bytes);
            try {
                Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(part, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Optional<byte[]> read(Path file) {
        try {
            return Files.isRegularFile(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
