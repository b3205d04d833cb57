package viva.incident.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import viva.incident.IncidentLog;
import viva.system.Roles;

/** A defense's disconnections and returns, for the secretariat. */
@Path("defenses/{id: [0-9]{1,18}}/incidents")
@RequestScoped
@RolesAllowed(Roles.SECRETARY)
public class IncidentResource {

    @PathParam("id")
    long id;

    @Inject
    IncidentLog incidents;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<IncidentView> list() {
        return incidents.list(id).stream().map(IncidentView::of).toList();
    }
}
