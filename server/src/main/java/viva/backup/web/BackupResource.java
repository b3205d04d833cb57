package viva.backup.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import viva.backup.BackupService;
import viva.system.Roles;

/** Backups of the embedded database, made by the secretariat while Viva runs. */
@Path("backups")
@RequestScoped
@RolesAllowed(Roles.SECRETARY)
public class BackupResource {

    @Inject
    BackupService backups;

    /** 201 with the zip's path on Viva's machine, its size, its SHA-256 and the audit head it holds. */
    @POST
    @Produces(MediaType.APPLICATION_JSON)
    public Response make() {
        return Response.status(Response.Status.CREATED).entity(backups.make()).build();
    }
}
