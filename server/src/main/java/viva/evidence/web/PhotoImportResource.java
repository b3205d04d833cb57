package viva.evidence.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import viva.evidence.PhotoService;
import viva.system.Roles;
import viva.system.Values;

/** Many ID photos at once: a ZIP whose files are named by ID number. */
@Path("applicants/photos")
@RequestScoped
@RolesAllowed(Roles.SECRETARY)
public class PhotoImportResource {

    @Inject
    PhotoService photos;

    @POST
    @Consumes({"application/zip", "application/x-zip-compressed"})
    @Produces(MediaType.APPLICATION_JSON)
    public PhotoService.ImportResult importZip(@QueryParam("roundId") String roundId, InputStream body) {
        return photos.importZip(Values.optionalId("roundId", roundId), body);
    }
}
