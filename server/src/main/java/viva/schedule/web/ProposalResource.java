package viva.schedule.web;

import viva.schedule.ProposalService;
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
import java.util.Map;
import java.util.UUID;
import viva.system.Roles;
import viva.system.Refusal;

/** The solver's proposals: start one (202), watch it, stop it early, commit it. */
@Path("schedule/proposals")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.SECRETARY)
public class ProposalResource {

    @Inject
    ProposalService proposals;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response start(@NotNull @Valid ProposalRequest request) {
        return Response.accepted(ProposalView.of(proposals.start(request.roundId(), request.timeLimitSeconds(),
                Boolean.TRUE.equals(request.stopAtFirstFeasible())))).build();
    }

    @GET
    @Path("{id}")
    public ProposalView get(@PathParam("id") String id) {
        return ProposalView.of(proposals.view(uuid(id)));
    }

    /** Ends the run early; it keeps the best plan so far and ends DONE. */
    @POST
    @Path("{id}/stop")
    public ProposalView stop(@PathParam("id") String id) {
        return ProposalView.of(proposals.stop(uuid(id)));
    }

    @POST
    @Path("{id}/commit")
    @Consumes(MediaType.WILDCARD)
    public Map<String, Integer> commit(@PathParam("id") String id, String body) {
        UUID proposal = uuid(id);
        return Map.of("created", proposals.commit(proposal, CommitRequest.read(body).wantsPartial()));
    }

    private static UUID uuid(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw Refusal.notFound("proposal_not_found", "No proposal " + text + ".");
        }
    }
}
