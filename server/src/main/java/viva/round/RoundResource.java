package viva.round;

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
import viva.security.Roles;
import viva.vote.PublicationService;

@Path("rounds")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.SECRETARY)
public class RoundResource {

    @Inject
    RoundService service;

    @Inject
    PublicationService publication;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@NotNull @Valid RoundRequest request) {
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

    /** Publishes the round's defense outcomes, with the audit head at that moment. */
    @POST
    @Path("{id}/publish")
    public PublicationService.Results publish(@PathParam("id") long id) {
        return publication.publish(id);
    }

    @GET
    @Path("{id}/results")
    public PublicationService.Results results(@PathParam("id") long id) {
        return publication.results(id);
    }
}
