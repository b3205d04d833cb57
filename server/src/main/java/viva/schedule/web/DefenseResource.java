package viva.schedule.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import viva.defense.web.DefenseView;
import viva.schedule.SchedulingService;
import viva.system.Roles;

/**
 * One booked defense: read, move or cancel it before it starts. The same path carries the live
 * defense's parts, each in its own feature (defense.web, room.web, vote.web, publication.web).
 */
@Path("defenses/{id: [0-9]{1,18}}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.SECRETARY)
public class DefenseResource {

    @Inject
    SchedulingService scheduling;

    @PathParam("id")
    long id;

    @GET
    public DefenseView get() {
        return DefenseView.of(scheduling.get(id));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public DefenseView move(@NotNull @Valid MoveRequest request) {
        return DefenseView.of(scheduling.move(id, request.panelId(), request.start()));
    }

    @DELETE
    public Response cancel() {
        scheduling.cancel(id);
        return Response.noContent().build();
    }
}
