package viva.defense;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.Map;
import viva.audit.CurrentActor;
import viva.room.Caller;
import viva.room.RoomAccessService;
import viva.room.TicketRequest;
import viva.schedule.MoveRequest;
import viva.schedule.SchedulingService;
import viva.security.Roles;
import viva.signaling.Participant;
import viva.signaling.room.RoomRegistry;
import viva.system.Refusal;
import viva.system.JsonText;
import viva.system.Values;
import viva.vote.Ballot;
import viva.vote.PublicationService;
import viva.vote.ResultService;
import viva.vote.ResultSheet;
import viva.vote.VoteRequest;
import viva.vote.VotingService;

/** One defense: read, move, cancel, run it live, vote and read the result. Numeric ids only, leaving /defenses/unscheduled alone. */
@Path("defenses/{id: [0-9]{1,18}}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DefenseResource {

    public record StageRequest(@NotBlank @Size(max = 16) String stage) {
    }

    public record Presence(List<String> present, List<String> waiting) {
    }

    private static final Jsonb JSONB = JsonText.jsonb();

    @Inject
    SchedulingService scheduling;

    @Inject
    DefenseService defenses;

    @Inject
    RoomAccessService access;

    @Inject
    RoomRegistry rooms;

    @Inject
    CurrentActor actor;

    @Inject
    VotingService voting;

    @Inject
    ResultService results;

    @Inject
    PublicationService publication;

    @PathParam("id")
    long id;

    @Context
    SecurityContext security;

    @GET
    @RolesAllowed(Roles.SECRETARY)
    public DefenseView get() {
        return DefenseView.of(scheduling.get(id));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SECRETARY)
    public DefenseView move(@NotNull @Valid MoveRequest request) {
        return DefenseView.of(scheduling.move(id, request));
    }

    @DELETE
    @RolesAllowed(Roles.SECRETARY)
    public Response cancel() {
        scheduling.cancel(id);
        return Response.noContent().build();
    }

    @POST
    @Path("join-link")
    @RolesAllowed(Roles.SECRETARY)
    public Response joinLink() {
        return Response.status(Response.Status.CREATED).entity(access.createJoinLink(id)).build();
    }

    @DELETE
    @Path("join-link")
    @RolesAllowed(Roles.SECRETARY)
    public Response revokeJoinLink() {
        access.revokeJoinLinks(id);
        return Response.noContent().build();
    }

    /**
     * Open to callers who are not signed in: the join or resume token in the body is their
     * credential. Signed-in callers may send no body at all, hence the body is read by hand.
     */
    @POST
    @Path("ticket")
    @PermitAll
    public Response ticket(String body) {
        TicketRequest request = null;
        if (body != null && !body.isBlank()) {
            request = JSONB.fromJson(body, TicketRequest.class);
        }
        Caller caller = Caller.of(security);
        if (!caller.signedIn() && (request == null || request.joinToken() == null && request.resumeToken() == null)) {
            throw noCredential();
        }
        return Response.status(Response.Status.CREATED)
                .entity(access.ticket(id, caller, request)).build();
    }

    /** Open like the ticket: the applicant's join token is the credential. Shows nothing before publication. */
    @POST
    @Path("outcome")
    @PermitAll
    public PublicationService.ApplicantView outcome(String body) {
        TicketRequest request = body == null || body.isBlank() ? null : JSONB.fromJson(body, TicketRequest.class);
        String joinToken = request == null ? null : request.joinToken();
        if (joinToken == null && !Caller.of(security).signedIn()) {
            throw noCredential();
        }
        return publication.forApplicant(id, joinToken);
    }

    /** No sign-in and no token: 401 like the rest of /api, before anything about the defense is told. */
    private static Refusal noCredential() {
        return new Refusal(Refusal.Kind.UNAUTHENTICATED, "unauthenticated",
                "Sign in, or bring a join link or resume token.");
    }

    @POST
    @Path("admit")
    @RolesAllowed(Roles.SECRETARY)
    public Map<String, String> admit() {
        return Map.of("admitted", defenses.admit(id, null, actor.name()));
    }

    @POST
    @Path("stage")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SECRETARY)
    public DefenseView stage(@NotNull @Valid StageRequest request) {
        return DefenseView.of(defenses.changeStage(id, request.stage(), actor.name()));
    }

    @GET
    @Path("presence")
    @RolesAllowed(Roles.SECRETARY)
    public Presence presence() {
        scheduling.get(id);
        return new Presence(rooms.present(id).stream().sorted().toList(),
                rooms.waiting(id).stream().map(Participant::id).toList());
    }

    @POST
    @Path("participants/{participantId}/drop")
    @RolesAllowed(Roles.SECRETARY)
    public Map<String, String> drop(@PathParam("participantId") String participantId) {
        defenses.drop(id, participantId);
        return Map.of("dropped", participantId);
    }

    /** The same request again with the same Idempotency-Key answers as the first did. */
    @POST
    @Path("votes")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MEMBER, Roles.SECRETARY})
    public Response vote(@NotNull @Valid VoteRequest request, @HeaderParam("Idempotency-Key") String key) {
        if (key != null && (key.isBlank() || key.length() > 128)) {
            throw Values.invalid("Idempotency-Key", "1 to 128 characters");
        }
        Ballot ballot = voting.cast(id, security.getUserPrincipal().getName(), request.decision(), request.reason(),
                key);
        return Response.status(Response.Status.CREATED).entity(ballot).build();
    }

    /** Who has voted so far, never how. */
    @GET
    @Path("votes")
    @RolesAllowed({Roles.MEMBER, Roles.SECRETARY})
    public ResultService.VotingStatus votingStatus() {
        return results.status(id, security.getUserPrincipal().getName(), security.isUserInRole(Roles.SECRETARY));
    }

    @GET
    @Path("result")
    @RolesAllowed({Roles.MEMBER, Roles.SECRETARY})
    public ResultService.Result result() {
        return results.result(id, security.getUserPrincipal().getName(), security.isUserInRole(Roles.SECRETARY));
    }

    /** The printable sheet of a closed defense, with every vote and the audit head at close. */
    @GET
    @Path("result-sheet.pdf")
    @Produces("application/pdf")
    @RolesAllowed(Roles.SECRETARY)
    public Response resultSheet() {
        Defense defense = scheduling.get(id);
        if (defense.stage() != DefenseStage.CLOSED) {
            throw new DefenseStateException("not_closed", "The result sheet exists once the defense is closed.");
        }
        ResultService.Result result = results.result(id, security.getUserPrincipal().getName(), true);
        return Response.ok(ResultSheet.pdf(defense, result), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"defense-" + id + "-result.pdf\"")
                .build();
    }
}
