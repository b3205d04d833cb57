package viva.recording.web;

import viva.recording.RecordingService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.File;
import java.util.List;
import viva.system.Roles;

/** A defense's recordings (Kurento media only), listed and downloaded by the secretariat. */
@Path("defenses/{id: [0-9]{1,18}}/recordings")
@RequestScoped
@RolesAllowed(Roles.SECRETARY)
public class RecordingResource {

    @PathParam("id")
    long id;

    @Inject
    RecordingService recordings;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<RecordingView> list() {
        return recordings.list(id);
    }

    @GET
    @Path("{recordingId: [0-9]{1,18}}")
    @Produces("video/webm")
    public Response download(@PathParam("recordingId") long recordingId) {
        File file = recordings.file(id, recordingId);
        return Response.ok(file, "video/webm")
                .header("Content-Disposition", "attachment; filename=\"" + file.getName() + "\"")
                .header("Content-Length", file.length())
                .build();
    }
}
