package viva.room;

import viva.defense.ParticipantIds;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import viva.defense.DefenseService;
import viva.signaling.Participant;
import viva.signaling.RoomControl;
import viva.signaling.RoomRefusal;
import viva.system.Refusal;
import viva.vote.VotingService;

/** The room's requests, carried out by the same services as the REST API. */
@ApplicationScoped
public class DefenseRoomControl implements RoomControl {

    @Inject
    DefenseService defenses;

    @Inject
    VotingService voting;

    @Inject
    RoomChair chair;

    @Override
    public void admit(Participant by, String applicantParticipantId) throws RoomRefusal {
        try {
            defenses.admit(by.defenseId(), applicantParticipantId, by.id());
        } catch (Refusal e) {
            throw new RoomRefusal(e.code(), e.getMessage());
        }
    }

    @Override
    public void vote(Participant by, String decision, String reason, String idempotencyKey) throws RoomRefusal {
        Optional<ParticipantIds.Ref> member = ParticipantIds.parse(by.id())
                .filter(ref -> ref.kind() == ParticipantIds.Kind.MEMBER);
        if (member.isEmpty()) {
            throw new RoomRefusal("not_eligible", "Only the defense's eligible panel members vote.");
        }
        try {
            String username = voting.username(member.get().id()).orElseThrow(() -> new RoomRefusal("not_eligible",
                    "Only the defense's eligible panel members vote."));
            voting.cast(by.defenseId(), username, decision, reason, idempotencyKey);
        } catch (Refusal e) {
            throw new RoomRefusal(e.code(), e.getMessage());
        }
    }

    @Override
    public void mute(Participant by, String participantId) throws RoomRefusal {
        chair(() -> chair.mute(by.defenseId(), participantId, by.id()));
    }

    @Override
    public void sendToLobby(Participant by, String participantId) throws RoomRefusal {
        chair(() -> chair.sendToLobby(by.defenseId(), participantId, by.id()));
    }

    @Override
    public void remove(Participant by, String participantId) throws RoomRefusal {
        chair(() -> chair.remove(by.defenseId(), participantId, by.id()));
    }

    private static void chair(Runnable control) throws RoomRefusal {
        try {
            control.run();
        } catch (Refusal e) {
            throw new RoomRefusal(e.code(), e.getMessage());
        }
    }

    @Override
    public void changeStage(Participant by, String stage) throws RoomRefusal {
        try {
            defenses.changeStage(by.defenseId(), stage, by.id());
        } catch (Refusal e) {
            throw new RoomRefusal(e.code(), e.getMessage());
        }
    }
}
