package viva.evidence.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import viva.evidence.PhotoService;
import viva.system.Refusal;
import viva.system.Roles;
import viva.system.web.BoundedBody;

/** An applicant's ID photo: the secretariat's only (blind review keeps it from every member). */
@Path("applicants/{id: [0-9]{1,18}}/photo")
@RequestScoped
@RolesAllowed(Roles.SECRETARY)
public class PhotoResource {

    @PathParam("id")
    long id;

    @Inject
    PhotoService photos;

    @PUT
    @Consumes({"image/jpeg", "image/png"})
    public Response put(InputStream body) {
        photos.store(id, BoundedBody.read(body, PhotoService.MAX_BYTES));
        return Response.noContent().build();
    }

    @GET
    @Produces({"image/jpeg", "image/png"})
    public Response get() {
        PhotoService.Photo photo = photos.find(id).orElseThrow(() -> Refusal.notFound("no_photo",
                "No photo of applicant " + id + " is on file."));
        return Response.ok(photo.bytes(), photo.mediaType()).header("Cache-Control", "no-store").build();
    }
}
