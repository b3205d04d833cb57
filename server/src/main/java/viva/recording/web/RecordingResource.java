package viva.recording.web;

import viva.recording.MeshRecordings;
import viva.recording.Recording;
import viva.recording.RecordingService;
import viva.audit.CurrentActor;
import viva.system.web.BoundedBody;
import viva.system.Values;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.QueryParam;
import java.io.InputStream;
import java.util.Map;
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

/**
 * A defense's recordings, from Kurento or made by the secretary's page in mesh, listed and
 * downloaded by the secretariat; the page uploads its parts here chunk by chunk.
 */
@Path("defenses/{id: [0-9]{1,18}}/recordings")
@RequestScoped
@RolesAllowed(Roles.SECRETARY)
public class RecordingResource {

    @PathParam("id")
    long id;

    @Inject
    RecordingService recordings;

    @Inject
    MeshRecordings mesh;

    @Inject
    CurrentActor actor;

    /** Starts the next part of the defense's mesh recording → 201 {id}. */
    @POST
    @Produces(MediaType.APPLICATION_JSON)
    public Response start() {
        Recording part = mesh.start(id, actor.name());
        return Response.status(Response.Status.CREATED).entity(Map.of("id", part.id(), "state", part.state().name()))
                .build();
    }

    /** Appends chunk {@code seq} (from 0) of a part; the same chunk again is acknowledged, not appended. */
    @POST
    @Path("{recordingId: [0-9]{1,18}}/chunks")
    @Consumes({"video/webm", MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    public MeshRecordings.Appended chunk(@PathParam("recordingId") long recordingId, @QueryParam("seq") String seq,
            InputStream body) {
        int number = sequenceNumber(seq);
        byte[] chunk = BoundedBody.read(body, MeshRecordings.MAX_CHUNK_BYTES);
        return mesh.append(id, recordingId, number, chunk, actor.name()).orRefuse();
    }

    /** The page stopped recording this part: its length and hash go into the audit trail. */
    @POST
    @Path("{recordingId: [0-9]{1,18}}/end")
    @Produces(MediaType.APPLICATION_JSON)
    public RecordingView end(@PathParam("recordingId") long recordingId) {
        mesh.end(id, recordingId, actor.name());
        return recordings.list(id).stream().filter(r -> r.id() == recordingId).findFirst().orElseThrow();
    }

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

    /** A chunk's number: 0, 1, 2… as the page counts them. */
    static int sequenceNumber(String text) {
        if (text != null && text.strip().matches("[0-9]{1,7}")) {
            return Integer.parseInt(text.strip());
        }
        throw Values.invalid("seq", "expected the chunk's number, 0 or more, got \"" + Values.clip(String.valueOf(text)) + "\"");
    }
}
