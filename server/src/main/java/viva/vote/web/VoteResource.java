package viva.vote.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import viva.system.Roles;
import viva.system.Values;
import viva.vote.Ballot;
import viva.vote.ResultService;
import viva.vote.VotingService;

/** Votes on one defense, who has voted (never how), its result and its printable sheet. */
@Path("defenses/{id: [0-9]{1,18}}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.MEMBER, Roles.SECRETARY})
public class VoteResource {

    @Inject
    VotingService voting;

    @Inject
    ResultService results;

    @PathParam("id")
    long id;

    @Context
    SecurityContext security;

    /** The same request again with the same Idempotency-Key answers as the first did. */
    @POST
    @Path("votes")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response vote(@NotNull @Valid VoteRequest request, @HeaderParam("Idempotency-Key") String key) {
        if (key != null && (key.isBlank() || key.length() > 128)) {
            throw Values.invalid("Idempotency-Key", "1 to 128 characters");
        }
        Ballot ballot = voting.cast(id, caller(), request.decision(), request.reason(), key);
        return Response.status(Response.Status.CREATED).entity(ballot).build();
    }

    @GET
    @Path("votes")
    public ResultService.VotingStatus votingStatus() {
        return results.status(id, caller(), secretary());
    }

    @GET
    @Path("result")
    public ResultService.Result result() {
        return results.result(id, caller(), secretary());
    }

    /** The printable sheet of a closed defense, with every vote and the audit head at close. */
    @GET
    @Path("result-sheet.pdf")
    @Produces("application/pdf")
    @RolesAllowed(Roles.SECRETARY)
    public Response resultSheet() {
        return Response.ok(results.sheet(id, caller()), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"defense-" + id + "-result.pdf\"")
                .build();
    }

    private String caller() {
        return security.getUserPrincipal().getName();
    }

    private boolean secretary() {
        return security.isUserInRole(Roles.SECRETARY);
    }
}
