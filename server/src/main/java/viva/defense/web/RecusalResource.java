package viva.defense.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.OffsetDateTime;
import java.util.List;
import viva.defense.Recusal;
import viva.defense.RecusalService;
import viva.system.Roles;

/**
 * A member stands down from one defense: the secretariat records it for a member of the panel
 * ({@code memberId, reason}), or a member declares it for themselves ({@code reason}).
 */
@Path("defenses/{id: [0-9]{1,18}}/recusals")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SECRETARY, Roles.MEMBER})
public class RecusalResource {

    public record RecusalRequest(Long memberId, @Size(max = RecusalService.MAX_REASON) String reason) {
    }

    /** A recusal, with the defense's eligible members after it; the time in the round's zone. */
    public record RecusalView(long id, long defenseId, long memberId, String reason, boolean declared,
            String recordedBy, OffsetDateTime recordedAt, List<Long> eligibleMemberIds) {

        static RecusalView of(Recusal r) {
            return new RecusalView(r.id(), r.defense().id(), r.member().id(), r.reason(), r.declared(),
                    r.recordedBy(), r.recordedAt().atZone(r.defense().round().zone()).toOffsetDateTime(),
                    r.defense().eligibleMemberIds());
        }
    }

    @Inject
    RecusalService recusals;

    @PathParam("id")
    long id;

    @Context
    SecurityContext security;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response recuse(@NotNull @Valid RecusalRequest request) {
        String caller = security.getUserPrincipal().getName();
        Recusal recusal = security.isUserInRole(Roles.SECRETARY)
                ? recusals.record(id, request.memberId(), request.reason(), caller)
                : recusals.declare(id, caller, request.memberId(), request.reason());
        return Response.status(Response.Status.CREATED).entity(RecusalView.of(recusal)).build();
    }
}
