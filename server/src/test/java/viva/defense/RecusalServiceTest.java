package viva.defense;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.util.TypeLiteral;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import viva.audit.AuditRecord;
import viva.audit.AuditTrail;
import viva.audit.CurrentActor;
import viva.people.Member;
import viva.signaling.RoomCommand;
import viva.system.Refusal;
import viva.testing.Assembly;
import viva.testing.RecordedEvents;
import viva.testing.TestClock;
import viva.testing.memory.Memory;

/**
 * The recusal service on repositories in memory: what it stores, audits and tells the room. The
 * fixture's panel of seven has five eligible members; with a quorum of ½ (⌈7/2⌉ = 4) one of them
 * may stand down, not two.
 */
class RecusalServiceTest {

    private final Memory memory = new Memory();
    private final RecordedEvents<RoomCommand> toTheRoom = new RecordedEvents<>();
    private RecusalService recusals;
    private Defense defense;

    @BeforeEach
    void aDefenseInMemory() {
        Defense fixture = DefenseFixture.defense();
        fixture.panel().members().forEach(m -> memory.members().store(m));
        memory.defenses().store(fixture);
        defense = fixture;
        Assembly beans = new Assembly().provide(new TestClock(DefenseFixture.NOW)).provide(new QuorumRule(1, 2))
                .provide(new CurrentActor() {
                    @Override
                    public String name() {
                        return "secretary";
                    }
                })
                .provide(new TypeLiteral<Event<RoomCommand>>() { }, toTheRoom);
        memory.repositories().forEach(beans::provide);
        beans.assemble(AuditTrail.class);
        recusals = beans.assemble(RecusalService.class);
    }

    private Member member(int index) {
        return defense.panel().members().get(index);
    }

    @Test
    void theSecretariatsRecusalIsAuditedAndTheMemberDroppedFromTheRoom() {
        long id = member(1).id();
        Recusal r = recusals.record(defense.id(), id, "  曾指导该申报人 ", "secretary");
        assertEquals("曾指导该申报人", r.reason(), "the reason is kept stripped");
        assertFalse(defense.isEligible(id));
        AuditRecord event = lastAudit();
        assertEquals("defense.recused", event.action());
        assertEquals("secretary", event.actor());
        assertEquals(DefenseService.subject(defense.id()), event.subject());
        JsonObject payload = jakarta.json.Json.createReader(new java.io.StringReader(event.payload())).readObject();
        assertEquals(id, payload.getJsonNumber("memberId").longValue());
        assertEquals("曾指导该申报人", payload.getString("reason"));
        assertFalse(payload.getBoolean("declared"));
        assertEquals(List.of(new RoomCommand.Drop(defense.id(), "M" + id)), toTheRoom.fired());
    }

    @Test
    void aMemberDeclaresTheirOwnUnderTheirAccount() {
        Member own = member(2);
        Recusal r = recusals.declare(defense.id(), own.account().username(), null, "与申报人系近亲属");
        assertTrue(r.declared());
        assertEquals(own.account().username(), r.recordedBy());
        assertEquals(own.account().username(), lastAudit().actor());
        assertEquals("not_yourself", assertThrows(Refusal.class, () -> recusals.declare(defense.id(),
                member(3).account().username(), member(4).id(), "代人回避")).code());
    }

    @Test
    void nothingIsAuditedOrToldWhenRefused() {
        int before = memory.audit().rows().size();
        assertEquals("reason_required", assertThrows(Refusal.class,
                () -> recusals.record(defense.id(), member(1).id(), " ", "secretary")).code());
        assertEquals("invalid_text", assertThrows(Refusal.class,
                () -> recusals.record(defense.id(), member(1).id(), "利益\u202e冲突", "secretary")).code());
        recusals.record(defense.id(), member(1).id(), "利益冲突", "secretary");
        assertEquals("quorum_lost", assertThrows(Refusal.class,
                () -> recusals.record(defense.id(), member(2).id(), "利益冲突", "secretary")).code());
        assertEquals(before + 1, memory.audit().rows().size());
        assertEquals(1, toTheRoom.fired().size());
    }

    private AuditRecord lastAudit() {
        List<AuditRecord> rows = memory.audit().rows();
        return rows.get(rows.size() - 1);
    }
}
