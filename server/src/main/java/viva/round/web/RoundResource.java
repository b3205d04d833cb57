package viva.round.web;

import viva.round.EvaluationRound;
import viva.round.NewRound;
import viva.round.RoundService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import viva.system.Roles;

@Path("rounds")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.SECRETARY)
public class RoundResource {

    @Inject
    RoundService service;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@NotNull @Valid NewRound request) {
        EvaluationRound round = service.create(request);
        return Response.status(Response.Status.CREATED).entity(Map.of("id", round.id())).build();
    }

    @GET
    public List<RoundView> list() {
        return service.all().stream().map(RoundView::of).toList();
    }

    /** The round's settings that may change after its creation: whether identity is checked before admission. */
    public record Settings(@NotNull Boolean identityCheck) {
    }

    @PATCH
    @Path("{id: [0-9]{1,18}}")
    @Consumes(MediaType.APPLICATION_JSON)
    public RoundView change(@PathParam("id") long id, @NotNull @Valid Settings settings) {
        return RoundView.of(service.requireIdentityCheck(id, settings.identityCheck()));
    }

    @GET
    @Path("{id}")
    public RoundView get(@PathParam("id") long id) {
        return RoundView.of(service.get(id));
    }
}
