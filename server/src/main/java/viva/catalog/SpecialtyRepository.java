package viva.catalog;

import java.util.List;
import java.util.Optional;

public interface SpecialtyRepository {

    List<Specialty> findAll();

    Optional<Specialty> find(String code);

    /** A specialty by its code or, as an export may give it, by its Chinese name. */
    Optional<Specialty> findByCodeOrName(String codeOrName);

    void store(Specialty specialty);

    long count();
}
