package viva.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Reads the specialty catalogue that the seeds module ships. */
public final class SpecialtyCatalog {

    public static final String RESOURCE = "/viva/seeds/specialties.csv";

    public record Entry(String code, Series series, String name) {
    }

    private SpecialtyCatalog() {
    }

    public static List<Entry> read() {
        try (InputStream in = SpecialtyCatalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("specialty catalogue " + RESOURCE + " is missing");
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Entry> read(Reader reader) throws IOException {
        List<Entry> entries = new ArrayList<>();
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        for (CSVRecord row : format.parse(reader)) {
            entries.add(new Entry(row.get("code").strip(), Series.valueOf(row.get("series").strip()),
                    row.get("name").strip()));
        }
        return entries;
    }
}
