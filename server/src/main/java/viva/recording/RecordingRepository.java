package viva.recording;

import java.util.List;
import java.util.Optional;

public interface RecordingRepository {

    void store(Recording recording);

    Optional<Recording> find(long id);

    Optional<Recording> findByLocation(String location);

    List<Recording> findByDefense(long defenseId);
}
