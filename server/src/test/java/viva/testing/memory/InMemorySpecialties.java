package viva.testing.memory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import viva.catalog.Specialty;
import viva.catalog.SpecialtyRepository;

/** The catalogue; a specialty's id is its code, given by the catalogue, not generated. */
public final class InMemorySpecialties implements SpecialtyRepository {

    private final List<Specialty> rows = new CopyOnWriteArrayList<>();

    @Override
    public List<Specialty> findAll() {
        List<Specialty> all = new ArrayList<>(rows);
        all.sort(Comparator.comparingInt(Specialty::position));
        return all;
    }

    @Override
    public Optional<Specialty> find(String code) {
        return code == null ? Optional.empty() : rows.stream().filter(s -> s.code().equals(code)).findFirst();
    }

    @Override
    public Optional<Specialty> findByCodeOrName(String codeOrName) {
        if (codeOrName == null || codeOrName.isBlank()) {
            return Optional.empty();
        }
        String text = codeOrName.strip();
        return find(text.toUpperCase(Locale.ROOT)).or(() -> rows.stream().filter(s -> s.name().equals(text))
                .findFirst());
    }

    @Override
    public void store(Specialty specialty) {
        if (find(specialty.code()).isPresent()) {
            throw new IllegalStateException("specialty " + specialty.code() + " is stored already");
        }
        rows.add(specialty);
    }

    @Override
    public long count() {
        return rows.size();
    }
}
