package viva.publication.web;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import viva.publication.PublicationService;
import viva.room.web.TicketRequest;
import viva.system.Roles;

/** A round's published outcomes, and each applicant's own through their link. */
@Path("")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PublicationResource {

    @Inject
    PublicationService publication;

    @Context
    SecurityContext security;

    /** Publishes the round's defense outcomes, with the audit head at that moment. */
    @POST
    @Path("rounds/{id}/publish")
    @RolesAllowed(Roles.SECRETARY)
    public PublicationService.Results publish(@PathParam("id") long id) {
        return publication.publish(id);
    }

    @GET
    @Path("rounds/{id}/results")
    @RolesAllowed(Roles.SECRETARY)
    public PublicationService.Results results(@PathParam("id") long id) {
        return publication.results(id);
    }

    /** Open like the ticket: the applicant's join token is the credential. Shows nothing before publication. */
    @POST
    @Path("defenses/{id: [0-9]{1,18}}/outcome")
    @PermitAll
    public PublicationService.ApplicantView outcome(@PathParam("id") long id, String body) {
        String joinToken = TicketRequest.read(body).joinToken();
        if (joinToken == null && security.getUserPrincipal() == null) {
            throw TicketRequest.noCredential();
        }
        return publication.forApplicant(id, joinToken);
    }
}
