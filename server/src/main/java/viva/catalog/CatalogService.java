package viva.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import viva.system.InTransaction;
import java.util.List;

@ApplicationScoped
public class CatalogService {

    @Inject
    SpecialtyRepository specialties;

    public List<Specialty> specialties() {
        return specialties.findAll();
    }

    /** Brings the stored catalogue in line with the shipped one; codes are never removed. */
    @InTransaction
    public void synchronize() {
        List<SpecialtyCatalog.Entry> entries = SpecialtyCatalog.read();
        for (int i = 0; i < entries.size(); i++) {
            SpecialtyCatalog.Entry entry = entries.get(i);
            int position = i + 1;
            specialties.find(entry.code()).ifPresentOrElse(
                    existing -> existing.update(entry.series(), entry.name(), position),
                    () -> specialties.store(new Specialty(entry.code(), entry.series(), entry.name(), position)));
        }
    }
}
