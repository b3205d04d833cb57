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

    @GET
    @Path("{id}")
    public RoundView get(@PathParam("id") long id) {
        return RoundView.of(service.get(id));
    }
}
