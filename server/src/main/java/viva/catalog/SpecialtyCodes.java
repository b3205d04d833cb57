package viva.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import viva.system.Values;

/** Resolves the specialty codes a request lists, refusing unknown and repeated ones. */
@ApplicationScoped
public class SpecialtyCodes {

    @Inject
    SpecialtyRepository specialties;

    public List<Specialty> resolve(String field, List<String> codes) {
        List<Specialty> resolved = new ArrayList<>();
        LinkedHashSet<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            Specialty specialty = specialties.find(code.strip())
                    .orElseThrow(() -> Values.invalid("unknown_specialty", field,
                            "no specialty \"" + Values.clip(code) + "\" in the catalogue"));
            if (!seen.add(specialty.code())) {
                throw Values.invalid(field, "the specialty " + specialty.code() + " is listed twice");
            }
            resolved.add(specialty);
        }
        return resolved;
    }
}
