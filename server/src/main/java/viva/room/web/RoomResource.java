package viva.room.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import viva.audit.CurrentActor;
import viva.room.RoomChair;
import viva.room.signaling.LiveRooms;
import viva.system.Roles;

/**
 * Who is connected to a defense's room, dropping a frozen connection, and the chair's controls over
 * one participant (admitting the applicant back is ConductResource's admit).
 */
@Path("defenses/{id: [0-9]{1,18}}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.SECRETARY)
public class RoomResource {

    @Inject
    LiveRooms rooms;

    @Inject
    RoomChair chair;

    @Inject
    CurrentActor actor;

    @PathParam("id")
    long id;

    @GET
    @Path("presence")
    public LiveRooms.Connected presence() {
        return rooms.connected(id);
    }

    @POST
    @Path("participants/{participantId}/drop")
    public Map<String, String> drop(@PathParam("participantId") String participantId) {
        rooms.drop(id, participantId);
        return Map.of("dropped", participantId);
    }

    @POST
    @Path("participants/{participantId}/mute")
    public Map<String, String> mute(@PathParam("participantId") String participantId) {
        chair.mute(id, participantId, actor.name());
        return Map.of("muted", participantId);
    }

    @POST
    @Path("participants/{participantId}/to-lobby")
    public Map<String, String> toLobby(@PathParam("participantId") String participantId) {
        chair.sendToLobby(id, participantId, actor.name());
        return Map.of("inLobby", participantId);
    }

    @POST
    @Path("participants/{participantId}/remove")
    public Map<String, String> remove(@PathParam("participantId") String participantId) {
        chair.remove(id, participantId, actor.name());
        return Map.of("removed", participantId);
    }
}
