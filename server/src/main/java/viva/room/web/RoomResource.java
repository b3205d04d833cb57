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
import viva.room.signaling.LiveRooms;
import viva.system.Roles;

/** Who is connected to a defense's room, and dropping a frozen connection. */
@Path("defenses/{id: [0-9]{1,18}}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.SECRETARY)
public class RoomResource {

    @Inject
    LiveRooms rooms;

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
}
