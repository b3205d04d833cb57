package viva.schedule.web;

import java.time.OffsetDateTime;
import viva.people.Applicant;
import viva.defense.Outcome;
import viva.schedule.SchedulingService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import viva.defense.Defense;
import viva.defense.web.DefenseView;
import viva.catalog.TitleLevel;
import viva.system.Roles;
import viva.system.Values;

/** The round's defenses as a whole: schedule one, list them, find who still needs one. */
@Path("defenses")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.SECRETARY)
public class ScheduleResource {

    @Inject
    SchedulingService scheduling;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response schedule(@NotNull @Valid ScheduleRequest request) {
        Defense defense = scheduling.schedule(request.applicantId(), request.panelId(), request.start());
        return Response.status(Response.Status.CREATED).entity(DefenseView.of(defense)).build();
    }

    @GET
    public List<DefenseView> list(@QueryParam("roundId") String roundId) {
        return scheduling.list(Values.optionalId("roundId", roundId)).stream().map(DefenseView::of).toList();
    }

    /** An applicant still waiting for a defense. */
    public record UnscheduledView(long applicantId, String name, TitleLevel level, String specialtyCode,
            String specialtyName, String employer, List<Earlier> earlierDefenses) {
    }

    /** A defense the applicant had before, which closed INVALID or ABSENT. */
    public record Earlier(long defenseId, Outcome outcome, OffsetDateTime closedAt) {
    }

    @GET
    @Path("unscheduled")
    public List<UnscheduledView> unscheduled(@QueryParam("roundId") String roundId) {
        return scheduling.unscheduledWithHistory(Values.optionalId("roundId", roundId)).stream()
                .map(u -> {
                    Applicant a = u.applicant();
                    return new UnscheduledView(a.id(), a.name(), a.level(), a.specialty().code(),
                            a.specialty().name(), a.employer(), u.earlier().stream().map(d -> new Earlier(d.id(),
                                    d.outcome(), d.closedAt().atZone(a.round().zone()).toOffsetDateTime())).toList());
                })
                .toList();
    }

    @GET
    @Path("summary")
    public SchedulingService.RoundSummary summary(@QueryParam("roundId") String roundId) {
        return scheduling.summary(Values.optionalId("roundId", roundId));
    }
}
