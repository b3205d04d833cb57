package viva.evidence.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import viva.audit.CurrentActor;
import viva.evidence.DefenseEvidence;
import viva.evidence.DossierService;
import viva.evidence.Still;
import viva.system.Refusal;
import viva.system.Roles;
import viva.system.web.BoundedBody;

/**
 * The evidence of one defense, the secretariat's only: the identity check's still, the stills
 * taken during the defense, and the appeal dossier once it closed.
 */
@Path("defenses/{id: [0-9]{1,18}}")
@RequestScoped
@RolesAllowed(Roles.SECRETARY)
public class DefenseEvidenceResource {

    public record StillView(long id, String stage, Instant at, String sha256) {

        static StillView of(Still s) {
            return new StillView(s.id(), s.stage().name(), s.takenAt(), s.sha256());
        }
    }

    @PathParam("id")
    long id;

    @Inject
    DefenseEvidence evidence;

    @Inject
    DossierService dossiers;

    @Inject
    CurrentActor actor;

    /** A still of the applicant's live video, taken when the secretary checked their identity → 201 {sha256}. */
    @POST
    @Path("identity")
    @Consumes("image/jpeg")
    @Produces(MediaType.APPLICATION_JSON)
    public Response verifyIdentity(InputStream body) {
        String sha256 = evidence.verifyIdentity(id, BoundedBody.read(body, DefenseEvidence.MAX_BYTES), actor.name());
        return Response.status(Response.Status.CREATED).entity(Map.of("sha256", sha256)).build();
    }

    @GET
    @Path("identity")
    @Produces("image/jpeg")
    public Response identityStill() {
        byte[] still = evidence.identityStill(id).orElseThrow(() -> Refusal.notFound("identity_not_verified",
                "No identity check of defense " + id + " is on file."));
        return Response.ok(still, "image/jpeg").header("Cache-Control", "no-store").build();
    }

    /** A still of the running defense, in the stage it is in ({@code stage} when given must be that one) → 201. */
    @POST
    @Path("stills")
    @Consumes("image/jpeg")
    @Produces(MediaType.APPLICATION_JSON)
    public Response takeStill(@QueryParam("stage") String stage, InputStream body) {
        Still still = evidence.takeStill(id, stage, BoundedBody.read(body, DefenseEvidence.MAX_BYTES), actor.name());
        return Response.status(Response.Status.CREATED).entity(StillView.of(still)).build();
    }

    @GET
    @Path("stills")
    @Produces(MediaType.APPLICATION_JSON)
    public List<StillView> stills() {
        return evidence.stills(id).stream().map(StillView::of).toList();
    }

    @GET
    @Path("stills/{stillId: [0-9]{1,18}}")
    @Produces("image/jpeg")
    public Response still(@PathParam("stillId") long stillId) {
        Still still = evidence.stills(id).stream().filter(s -> s.id() == stillId).findFirst()
                .orElseThrow(() -> Refusal.notFound("still_not_found", "No still " + stillId + " of defense " + id + "."));
        byte[] bytes = evidence.stillFile(still).orElseThrow(() -> Refusal.notFound("still_file_missing",
                "The still's file is not on this server's disk."));
        return Response.ok(bytes, "image/jpeg").header("Cache-Control", "no-store").build();
    }

    /** The appeal dossier of a closed defense (409 {@code not_closed} before). */
    @GET
    @Path("evidence.zip")
    @Produces("application/zip")
    public Response dossier() {
        dossiers.closed(id);
        String secretary = actor.name();
        StreamingOutput zip = out -> dossiers.write(id, secretary, out);
        return Response.ok(zip, "application/zip")
                .header("Content-Disposition", "attachment; filename=\"defense-" + id + "-evidence.zip\"")
                .header("Cache-Control", "no-store").build();
    }
}
