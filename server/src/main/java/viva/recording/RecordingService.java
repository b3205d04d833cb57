package viva.recording;

import viva.recording.web.RecordingView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.File;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import viva.defense.DefenseRepository;
import viva.system.Refusal;
import viva.system.InTransaction;

/** The recordings of a defense and their files, for the secretariat. */
@ApplicationScoped
public class RecordingService {

    @Inject
    RecordingRepository recordings;

    @Inject
    DefenseRepository defenses;

    @InTransaction
    public List<RecordingView> list(long defenseId) {
        requireDefense(defenseId);
        return recordings.findByDefense(defenseId).stream().map(RecordingService::view).toList();
    }

    /** The file of one recording; only recordings written to this machine's disk can be served. */
    @InTransaction
    public File file(long defenseId, long recordingId) {
        requireDefense(defenseId);
        Recording recording = recordings.find(recordingId).filter(r -> r.defenseId() == defenseId)
                .orElseThrow(() -> Refusal.notFound("recording_not_found", "No recording " + recordingId
                        + " of defense " + defenseId + "."));
        return localFile(recording.location()).filter(File::isFile)
                .orElseThrow(() -> Refusal.notFound("recording_file_missing",
                        "The recording's file is not on this server's disk: " + recording.location()));
    }

    /** The defense's recordings with their files on this machine's disk, for the dossier. */
    @InTransaction
    public List<Recording> ofDefense(long defenseId) {
        requireDefense(defenseId);
        return recordings.findByDefense(defenseId);
    }

    public static Optional<File> fileOf(Recording recording) {
        return localFile(recording.location()).filter(File::isFile);
    }

    private void requireDefense(long defenseId) {
        defenses.find(defenseId).orElseThrow(() -> Refusal.notFound("defense_not_found", "No defense "
                + defenseId + "."));
    }

    static RecordingView view(Recording r) {
        Long size = localFile(r.location()).filter(File::isFile).map(File::length).orElse(null);
        return new RecordingView(r.id(), r.defenseId(), r.source().name(), r.location(), r.startedAt(), r.stoppedAt(),
                r.stoppedAt(), r.state().name(), r.bytes() != null ? r.bytes() : size, r.sha256(), size);
    }

    static Optional<File> localFile(String location) {
        if (location == null || !location.startsWith("file:")) {
            return Optional.empty();
        }
        try {
            return Optional.of(new File(URI.create(location)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
