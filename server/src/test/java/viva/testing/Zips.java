package viva.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** Unpacks a zip file, such as a backup of a database folder. */
public final class Zips {

    private Zips() {
    }

    public static void unzip(Path zipFile, Path into) {
        try (InputStream in = Files.newInputStream(zipFile)) {
            unzip(new ZipInputStream(in), into.toAbsolutePath().normalize());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void unzip(ZipInputStream zip, Path into) throws IOException {
        Files.createDirectories(into);
        for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
            Path target = into.resolve(entry.getName()).normalize();
            if (!target.startsWith(into)) {
                throw new IOException("entry outside the folder: " + entry.getName());
            }
            if (entry.isDirectory()) {
                Files.createDirectories(target);
            } else {
                Files.createDirectories(target.getParent());
                Files.copy(zip, target);
            }
        }
    }
}
