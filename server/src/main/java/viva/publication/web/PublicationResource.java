package viva.publication.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import viva.publication.PublicationService;
import viva.system.Roles;

/** A round's published outcomes (the same path as the rounds themselves, viva.round.web). */
@Path("rounds")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.SECRETARY)
public class PublicationResource {

    @Inject
    PublicationService publication;

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
