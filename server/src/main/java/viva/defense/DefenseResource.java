package viva.defense;

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
import viva.schedule.MoveRequest;
import viva.schedule.SchedulingService;
import viva.security.Roles;

/** One defense: read, move, cancel. Its path takes only numeric ids, leaving /defenses/unscheduled alone. */
@Path("defenses/{id: [0-9]+}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DefenseResource {

    @Inject
    SchedulingService scheduling;

    @PathParam("id")
    long id;

    @GET
    @RolesAllowed(Roles.SECRETARY)
    public DefenseView get() {
        return DefenseView.of(scheduling.get(id));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SECRETARY)
    public DefenseView move(@NotNull @Valid MoveRequest request) {
        return DefenseView.of(scheduling.move(id, request));
    }

    @DELETE
    @RolesAllowed(Roles.SECRETARY)
    public Response cancel() {
        scheduling.cancel(id);
        return Response.noContent().build();
    }
}
