package viva.testing.memory;

import java.util.Comparator;
import java.util.List;
import java.util.function.LongSupplier;
import viva.panel.Panel;
import viva.panel.PanelRepository;
import viva.round.EvaluationRound;

public final class InMemoryPanels extends Stored<Panel> implements PanelRepository {

    InMemoryPanels(LongSupplier ids) {
        super(ids);
    }

    @Override
    public List<Panel> findByRound(EvaluationRound round) {
        return rows().filter(p -> p.round().id().equals(round.id())).sorted(Comparator.comparing(Panel::id))
                .toList();
    }

    @Override
    public boolean nameTaken(EvaluationRound round, String name) {
        return findByRound(round).stream().anyMatch(p -> p.name().equals(name));
    }
}
