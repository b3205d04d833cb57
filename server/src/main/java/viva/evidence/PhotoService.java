package viva.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import viva.audit.AuditTrail;
import viva.json.Jsonp;
import viva.people.Applicant;
import viva.people.ApplicantRepository;
import viva.round.RoundService;
import viva.system.InTransaction;
import viva.system.Refusal;

/**
 * Applicants' ID photos, the secretariat's only (blind review: never a member, never the room):
 * one per applicant, cleaned of metadata, under {@code VIVA_DB_DIR/evidence/photos}.
 */
@ApplicationScoped
public class PhotoService {

    public static final int MAX_BYTES = 2 * 1024 * 1024;
    /** What a ZIP of photos may unpack to in all, whatever its entries claim: a bound against zip bombs. */
    static final long MAX_ZIP_CONTENT = 200L * 1024 * 1024;
    static final int MAX_ZIP_ENTRIES = 5000;
    private static final Pattern NAME = Pattern.compile("([0-9]{17}[0-9Xx])\\.(jpg|jpeg|png)", Pattern.CASE_INSENSITIVE);

    public record Photo(byte[] bytes, String mediaType) {
    }

    public record Rejected(String file, String reason) {
    }

    public record ImportResult(int stored, List<Rejected> rejected) {
    }

    @Inject
    ApplicantRepository applicants;

    @Inject
    RoundService rounds;

    @Inject
    EvidenceFolder folder;

    @Inject
    AuditTrail audit;

    @InTransaction
    public String store(long applicantId, byte[] original) {
        Applicant applicant = applicants.find(applicantId).orElseThrow(() -> Refusal.notFound("applicant_not_found",
                "No applicant " + applicantId + "."));
        return store(applicant, CleanImage.of(original));
    }

    private String store(Applicant applicant, CleanImage image) {
        for (CleanImage.Format other : CleanImage.Format.values()) {
            if (other != image.format()) {
                folder.delete(folder.photo(applicant.id(), other));
            }
        }
        folder.write(folder.photo(applicant.id(), image.format()), image.bytes());
        String sha256 = image.sha256();
        audit.record("applicant.photo", "applicant:" + applicant.id(), Jsonp.createObjectBuilder()
                .add("sha256", sha256).add("bytes", image.bytes().length).add("format", image.format().name()).build());
        return sha256;
    }

    public Optional<Photo> find(long applicantId) {
        applicants.find(applicantId).orElseThrow(() -> Refusal.notFound("applicant_not_found",
                "No applicant " + applicantId + "."));
        for (CleanImage.Format format : CleanImage.Format.values()) {
            Optional<byte[]> bytes = folder.read(folder.photo(applicantId, format));
            if (bytes.isPresent()) {
                return Optional.of(new Photo(bytes.get(), format.mediaType));
            }
        }
        return Optional.empty();
    }

    /**
     * Photos named by ID number ({@code <idNumber>.jpg} or {@code .png}) at the ZIP's top level; every
     * file that is not stored is listed with its reason.
     */
    @InTransaction
    public ImportResult importZip(Long roundId, InputStream zip) {
        Map<String, Applicant> byIdNumber = applicants.findByRound(rounds.resolve(roundId)).stream()
                .collect(Collectors.toMap(a -> a.idNumber().toUpperCase(Locale.ROOT), Function.identity(), (a, b) -> a));
        int stored = 0;
        List<Rejected> rejected = new ArrayList<>();
        long read = 0;
        int entries = 0;
        try (ZipInputStream in = new ZipInputStream(zip)) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                String name = entry.getName();
                if (entry.isDirectory()) {
                    continue;
                }
                if (++entries > MAX_ZIP_ENTRIES) {
                    rejected.add(new Rejected(name, "zip_too_large"));
                    break;
                }
                String reason = null;
                Matcher match = NAME.matcher(name);
                Applicant applicant = null;
                if (name.contains("/") || name.contains("\\")) {
                    reason = "nested_folder";
                } else if (!match.matches()) {
                    reason = "bad_name";
                } else {
                    applicant = byIdNumber.get(match.group(1).toUpperCase(Locale.ROOT));
                    reason = applicant == null ? "unknown_id_number" : null;
                }
                // Every entry is read here, counted, never skipped unread: what it unpacks to is bounded.
                byte[] content = in.readNBytes((int) Math.min(MAX_BYTES + 1L, MAX_ZIP_CONTENT - read + 1));
                read += content.length;
                if (read > MAX_ZIP_CONTENT) {
                    rejected.add(new Rejected(name, "zip_too_large"));
                    break;
                }
                if (reason != null) {
                    rejected.add(new Rejected(name, reason));
                    read += drain(in, MAX_ZIP_CONTENT - read + 1);
                    if (read > MAX_ZIP_CONTENT) {
                        rejected.add(new Rejected(name, "zip_too_large"));
                        break;
                    }
                    continue;
                }
                if (content.length > MAX_BYTES) {
                    read += drain(in, MAX_ZIP_CONTENT - read + 1);
                    rejected.add(new Rejected(name, "too_large"));
                    continue;
                }
                try {
                    store(applicant, CleanImage.of(content));
                    stored++;
                } catch (Refusal e) {
                    rejected.add(new Rejected(name, e.code()));
                }
            }
        } catch (ZipException e) {
            if (stored == 0 && rejected.isEmpty()) {
                throw Refusal.invalid("invalid_zip", "The body is not a readable ZIP file.");
            }
            rejected.add(new Rejected("", "invalid_zip"));
        } catch (IOException | IllegalArgumentException e) {
            throw Refusal.invalid("invalid_zip", "The ZIP file could not be read to its end.");
        }
        if (entries == 0 && rejected.isEmpty()) {
            throw Refusal.invalid("invalid_zip", "The body is not a ZIP file, or holds no file.");
        }
        return new ImportResult(stored, rejected);
    }

    /** Reads the rest of the current entry, at most {@code limit} bytes; answers how many it read. */
    private static long drain(InputStream in, long limit) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        for (int n; total < limit && (n = in.read(buffer, 0, (int) Math.min(buffer.length, limit - total))) > 0; ) {
            total += n;
        }
        return total;
    }
}
