package viva.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
class JpaSpecialtyRepository implements SpecialtyRepository {

    @PersistenceContext(unitName = "viva")
    EntityManager em;

    @Override
    public List<Specialty> findAll() {
        return em.createQuery("select s from Specialty s order by s.position", Specialty.class).getResultList();
    }

    @Override
    public Optional<Specialty> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(em.find(Specialty.class, code));
    }

    @Override
    public Optional<Specialty> findByCodeOrName(String codeOrName) {
        if (codeOrName == null || codeOrName.isBlank()) {
            return Optional.empty();
        }
        String text = codeOrName.strip();
        Optional<Specialty> byCode = find(text.toUpperCase(java.util.Locale.ROOT));
        if (byCode.isPresent()) {
            return byCode;
        }
        return em.createQuery("select s from Specialty s where s.name = :name", Specialty.class)
                .setParameter("name", text)
                .getResultStream()
                .findFirst();
    }

    @Override
    public void store(Specialty specialty) {
        em.persist(specialty);
    }

    @Override
    public long count() {
        return em.createQuery("select count(s) from Specialty s", Long.class).getSingleResult();
    }
}
