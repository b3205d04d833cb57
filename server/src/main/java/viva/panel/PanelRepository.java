package viva.panel;

import java.util.List;
import java.util.Optional;
import viva.round.EvaluationRound;

public interface PanelRepository {

    void store(Panel panel);

    Optional<Panel> find(long id);

    List<Panel> findByRound(EvaluationRound round);

    boolean nameTaken(EvaluationRound round, String name);
}
