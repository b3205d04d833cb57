package viva.panel.web;

import viva.panel.PanelCorrection;
import viva.panel.PanelCorrections;
import viva.panel.PanelService;
import viva.panel.Panel;
import viva.panel.NewPanel;
import viva.panel.PanelDraw;
import viva.panel.PanelDrawRequest;
import viva.panel.PanelDrawing;
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
import java.util.List;
import java.util.Map;
import viva.catalog.Specialty;
import viva.people.Member;
import viva.system.Roles;
import viva.system.Values;

@Path("panels")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.SECRETARY)
public class PanelResource {

    public record PanelMemberView(Long id, String name, String employer) {
    }

    public record PanelView(Long id, Long roundId, String name, List<String> specialtyCodes,
            List<PanelMemberView> members, List<Long> memberIds, Long chairId) {

        static PanelView of(Panel p) {
            List<Member> members = p.members();
            return new PanelView(p.id(), p.round().id(), p.name(),
                    p.specialties().stream().map(Specialty::code).toList(),
                    members.stream().map(m -> new PanelMemberView(m.id(), m.name(), m.employer())).toList(),
                    members.stream().map(Member::id).toList(), p.chair().id());
        }
    }

    @Inject
    PanelService service;

    @Inject
    PanelCorrections corrections;

    @Inject
    PanelDrawing drawing;

    /** The draw record of a drawn panel: enough, with the audit trail's candidate list, to draw again. */
    public record DrawView(String seed, int candidates, String candidateListSha256) {
    }

    public record DrawnPanelView(Long id, List<Long> memberIds, Long chairId, DrawView draw) {
    }

    /** 专家随机抽取: 201 the new panel with its draw record. */
    @POST
    @Path("draw")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response draw(@NotNull @Valid PanelDrawRequest request) {
        PanelDrawing.Result drawn = drawing.draw(request);
        PanelDraw.Drawn draw = drawn.draw();
        return Response.status(Response.Status.CREATED).entity(new DrawnPanelView(drawn.panel().id(),
                draw.memberIds(), draw.chairId(), new DrawView(draw.seed(), draw.candidates(),
                        draw.candidateListSha256()))).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@NotNull @Valid NewPanel request) {
        Panel panel = service.create(request);
        return Response.status(Response.Status.CREATED).entity(Map.of("id", panel.id())).build();
    }

    @GET
    public List<PanelView> list(@QueryParam("roundId") String roundId) {
        return service.list(Values.optionalId("roundId", roundId)).stream().map(PanelView::of).toList();
    }

    @GET
    @Path("{id}")
    public PanelView get(@PathParam("id") long id) {
        return PanelView.of(service.get(id));
    }

    /** Corrects the panel's members, chair or specialties, with a reason; answers the panel as GET does. */
    @PATCH
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public PanelView correct(@PathParam("id") long id, @NotNull @Valid PanelCorrection request) {
        return PanelView.of(corrections.correct(id, request));
    }
}
