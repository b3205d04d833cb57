package viva.people.web;

import viva.people.ApplicantCorrection;
import viva.people.ApplicantCorrections;
import viva.people.ApplicantService;
import viva.people.NewApplicant;
import viva.people.Applicant;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import viva.system.Roles;
import viva.system.web.BoundedBody;
import viva.system.Values;

@Path("applicants")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.SECRETARY)
public class ApplicantResource {

    /** The largest applicant list accepted at once (CONTRACT: up to 10 MB). */
    static final int MAX_IMPORT_BYTES = 10 * 1024 * 1024;

    @Inject
    ApplicantService service;

    @Inject
    ApplicantCorrections corrections;

    @Inject
    Clock clock;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@NotNull @Valid NewApplicant request) {
        Applicant applicant = service.register(request);
        return Response.status(Response.Status.CREATED)
                .entity(Map.of("id", applicant.id(), "defenseRequired", applicant.defenseRequired()))
                .build();
    }

    @GET
    public List<ApplicantView> list(@QueryParam("roundId") String roundId) {
        Instant now = clock.instant();
        return service.list(Values.optionalId("roundId", roundId)).stream()
                .map(a -> ApplicantView.of(a, now))
                .toList();
    }

    @GET
    @Path("{id}")
    public ApplicantView get(@PathParam("id") long id) {
        return ApplicantView.of(service.get(id), clock.instant());
    }

    /** Corrects the applicant, with a reason; answers the applicant as GET does. */
    @PATCH
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public ApplicantView correct(@PathParam("id") long id, @NotNull @Valid ApplicantCorrection request) {
        return ApplicantView.of(corrections.correct(id, request), clock.instant());
    }

    @POST
    @Path("import")
    @Consumes({"text/csv", "application/csv"})
    public ApplicantService.ImportResult importCsv(@QueryParam("roundId") String roundId, InputStream body) {
        byte[] content = BoundedBody.read(body, MAX_IMPORT_BYTES);
        return service.importCsv(Values.optionalId("roundId", roundId), content);
    }
}
