package viva.publication.web;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import viva.publication.PublicationService;
import viva.room.web.TicketRequest;

/** The applicant's own outcome, through their personal link. */
@Path("defenses/{id: [0-9]{1,18}}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class OutcomeResource {

    @Inject
    PublicationService publication;

    @PathParam("id")
    long id;

    @Context
    SecurityContext security;

    /** Open like the ticket: the applicant's join token is the credential. Shows nothing before publication. */
    @POST
    @Path("outcome")
    @PermitAll
    public PublicationService.ApplicantView outcome(String body) {
        String joinToken = TicketRequest.read(body).joinToken();
        if (joinToken == null && security.getUserPrincipal() == null) {
            throw TicketRequest.noCredential();
        }
        return publication.forApplicant(id, joinToken);
    }
}
