package viva.room;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import viva.defense.DefenseService;
import viva.signaling.Participant;
import viva.signaling.RoomControl;
import viva.signaling.RoomRefusal;
import viva.system.ApiException;

/** The room's requests, carried out by the same services as the REST API. */
@ApplicationScoped
public class DefenseRoomControl implements RoomControl {

    @Inject
    DefenseService defenses;

    @Override
    public void admit(Participant by, String applicantParticipantId) throws RoomRefusal {
        try {
            defenses.admit(by.defenseId(), applicantParticipantId);
        } catch (ApiException e) {
            throw new RoomRefusal(e.code(), e.getMessage());
        }
    }

    @Override
    public void changeStage(Participant by, String stage) throws RoomRefusal {
        try {
            defenses.changeStage(by.defenseId(), stage);
        } catch (ApiException e) {
            throw new RoomRefusal(e.code(), e.getMessage());
        }
    }
}
