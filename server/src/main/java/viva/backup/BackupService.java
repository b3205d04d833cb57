package viva.backup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import viva.audit.AuditTrail;
import viva.system.Refusal;

/**
 * Backups of the embedded database: Derby's online copy of {@code VIVA_DB_DIR} with the folders
 * Viva keeps beside Derby's own files there (photos, stills), zipped so that the zip's root is the
 * database folder. Recordings are not in it: they live in {@code VIVA_RECORDING_URI}.
 */
@ApplicationScoped
public class BackupService {

    /** What Derby keeps in its database folder; everything else there is Viva's and copied as is. */
    static final Set<String> DERBY_OWN = Set.of("seg0", "log", "tmp", "jar", "service.properties", "db.lck",
            "dbex.lck", "README_DO_NOT_TOUCH_FILES.txt", "BACKUP.HISTORY");

    @Inject
    DerbyCopy derby;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "viva.db.dir")
    Optional<String> databaseFolder;

    @Inject
    @ConfigProperty(name = "viva.db.url")
    Optional<String> databaseUrl;

    @Inject
    @ConfigProperty(name = "viva.backup.dir")
    Optional<String> backupFolder;

    /** Makes a backup asked for through the API. */
    public Backup make() {
        return make(BackupFolder.ON_REQUEST);
    }

    /** Whether Viva runs on PostgreSQL, whose own tools (pg_dump) make its backups. */
    public boolean onPostgres() {
        return databaseUrl.map(String::strip).filter(url -> url.startsWith("jdbc:postgresql:")).isPresent();
    }

    public BackupFolder folder() {
        Path database = database();
        Path target = backupFolder.map(String::strip).filter(s -> !s.isEmpty()).map(Path::of)
                .orElse(database.resolveSibling(database.getFileName() + "-backups"));
        return new BackupFolder(target.toAbsolutePath().normalize(), clock);
    }

    Backup make(String kind) {
        if (onPostgres()) {
            throw Refusal.conflict("use_pg_dump", "Viva runs on PostgreSQL: back it up with pg_dump (docs/operations.md).");
        }
        BackupFolder folder = folder();
        Path zip = folder.reserve(kind);
        Path work = null;
        try {
            work = Files.createTempDirectory(folder.path(), ".making-");
            String head = derby.copyInto(work);
            Path copy = copiedDatabase(work);
            copyVivasOwnFolders(database(), copy);
            String sha256 = zip(copy, zip);
            Backup backup = new Backup(zip.toString(), Files.size(zip), sha256, head);
            audit.record("backup.made", zip.getFileName().toString(), Json.createObjectBuilder()
                    .add("file", zip.getFileName().toString())
                    .add("bytes", backup.bytes())
                    .add("sha256", sha256)
                    .add("head", head)
                    .build());
            return backup;
        } catch (IOException | RuntimeException e) {
            deleteQuietly(zip);
            if (e instanceof IOException io) {
                throw new UncheckedIOException(io);
            }
            throw (RuntimeException) e;
        } finally {
            if (work != null) {
                deleteTree(work);
            }
        }
    }

    private Path database() {
        return Path.of(databaseFolder.map(String::strip).filter(s -> !s.isEmpty())
                .orElseThrow(() -> new IllegalStateException("viva.db.dir is not set"))).toAbsolutePath().normalize();
    }

    /** Derby puts the copy into a folder named after the database, the only one in {@code work}. */
    private static Path copiedDatabase(Path work) throws IOException {
        try (Stream<Path> entries = Files.list(work)) {
            List<Path> folders = entries.filter(Files::isDirectory).toList();
            if (folders.size() != 1) {
                throw new IOException("Derby's backup left " + folders.size() + " folders in " + work);
            }
            return folders.get(0);
        }
    }

    /** Copies the database folder's non-Derby entries (photos, stills) that Derby's copy lacks. */
    static void copyVivasOwnFolders(Path database, Path copy) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(database)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                Path target = copy.resolve(name);
                if (!DERBY_OWN.contains(name) && !Files.exists(target)) {
                    copyTree(entry, target);
                }
            }
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Files.createDirectories(to.resolve(from.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.copy(file, to.resolve(from.relativize(file).toString()), StandardCopyOption.COPY_ATTRIBUTES);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** Zips the folder's contents (the folder itself is the zip's root); answers the zip's SHA-256 in hex. */
    static String zip(Path folder, Path zip) throws IOException {
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try (OutputStream file = Files.newOutputStream(zip);
                ZipOutputStream out = new ZipOutputStream(new DigestOutputStream(file, sha256));
                Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted().toList()) {
                if (path.equals(folder)) {
                    continue;
                }
                String name = folder.relativize(path).toString().replace('\\', '/');
                if (Files.isDirectory(path)) {
                    out.putNextEntry(new ZipEntry(name + "/"));
                    out.closeEntry();
                } else {
                    out.putNextEntry(new ZipEntry(name));
                    try (InputStream in = Files.newInputStream(path)) {
                        in.transferTo(out);
                    }
                    out.closeEntry();
                }
            }
        }
        return HexFormat.of().formatHex(sha256.digest());
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // the failure being reported matters more
        }
    }

    static void deleteTree(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
