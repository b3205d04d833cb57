package viva.room.web;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import viva.room.Caller;
import viva.room.RoomAccessService;
import viva.system.Roles;

/** The ways into a defense's room: the applicant's personal link and the single-use tickets. */
@Path("defenses/{id: [0-9]{1,18}}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RoomEntryResource {

    @Inject
    RoomAccessService access;

    @PathParam("id")
    long id;

    @Context
    SecurityContext security;

    @POST
    @Path("join-link")
    @RolesAllowed(Roles.SECRETARY)
    public Response joinLink() {
        return Response.status(Response.Status.CREATED).entity(access.createJoinLink(id)).build();
    }

    @DELETE
    @Path("join-link")
    @RolesAllowed(Roles.SECRETARY)
    public Response revokeJoinLink() {
        access.revokeJoinLinks(id);
        return Response.noContent().build();
    }

    /**
     * Open to callers who are not signed in: the join or resume token in the body is their
     * credential. Signed-in callers may send no body at all, hence the body is read by hand.
     */
    @POST
    @Path("ticket")
    @PermitAll
    public Response ticket(String body) {
        TicketRequest request = TicketRequest.read(body);
        Caller caller = Callers.of(security);
        if (!caller.signedIn() && !request.bringsToken()) {
            throw TicketRequest.noCredential();
        }
        return Response.status(Response.Status.CREATED)
                .entity(access.ticket(id, caller, request.joinToken(), request.resumeToken())).build();
    }
}
