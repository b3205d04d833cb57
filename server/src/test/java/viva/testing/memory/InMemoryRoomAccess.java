package viva.testing.memory;

import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.function.Predicate;
import viva.defense.Defense;
import viva.room.JoinLink;
import viva.room.RoomAccessRepository;
import viva.room.RoomPass;

/** Join links and room passes, found by their token's hash as the queries find them. */
public final class InMemoryRoomAccess implements RoomAccessRepository {

    private final Stored<JoinLink> links;
    private final Stored<RoomPass> passes;

    InMemoryRoomAccess(LongSupplier ids) {
        links = new Stored<>(ids);
        passes = new Stored<>(ids);
    }

    @Override
    public void store(JoinLink link) {
        links.store(link);
    }

    @Override
    public void store(RoomPass pass) {
        passes.store(pass);
    }

    @Override
    public Optional<JoinLink> joinLink(String tokenHash) {
        return links.rows().filter(hashed(tokenHash)).findFirst();
    }

    @Override
    public List<JoinLink> joinLinks(Defense defense) {
        return links.rows().filter(l -> l.defense().id().equals(defense.id())).toList();
    }

    @Override
    public Optional<RoomPass> roomPass(String tokenHash) {
        return passes.rows().filter(hashed(tokenHash)).findFirst();
    }

    @Override
    public void removePasses(Defense defense, String participantId) {
        passes.rows().filter(p -> p.defense().id().equals(defense.id()) && p.participantId().equals(participantId))
                .toList().forEach(passes::remove);
    }

    @Override
    public void removeAll(Defense defense) {
        joinLinks(defense).forEach(links::remove);
        passes.rows().filter(p -> p.defense().id().equals(defense.id())).toList().forEach(passes::remove);
    }

    private static Predicate<Object> hashed(String tokenHash) {
        return row -> tokenHash.equals(Stored.read(row, "tokenHash"));
    }
}
