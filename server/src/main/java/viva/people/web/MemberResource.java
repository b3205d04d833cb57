package viva.people.web;

import viva.people.MemberCorrection;
import viva.people.MemberCorrections;
import viva.people.NewMember;
import viva.people.Member;
import viva.people.MemberService;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import viva.catalog.Specialty;
import viva.system.Roles;

@Path("members")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.SECRETARY)
public class MemberResource {

    public record MemberView(Long id, String name, String employer, List<String> specialtyCodes, String username) {

        static MemberView of(Member m) {
            return new MemberView(m.id(), m.name(), m.employer(),
                    m.specialties().stream().map(Specialty::code).toList(), m.account().username());
        }
    }

    @Inject
    MemberService service;

    @Inject
    MemberCorrections corrections;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@NotNull @Valid NewMember request) {
        Member member = service.create(request);
        return Response.status(Response.Status.CREATED).entity(Map.of("id", member.id())).build();
    }

    @GET
    public List<MemberView> list() {
        return service.all().stream().map(MemberView::of).toList();
    }

    @GET
    @Path("{id}")
    public MemberView get(@PathParam("id") long id) {
        return MemberView.of(service.get(id));
    }

    /** Corrects the expert or resets their password, with a reason; answers the expert as GET does. */
    @PATCH
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public MemberView correct(@PathParam("id") long id, @NotNull @Valid MemberCorrection request) {
        return MemberView.of(corrections.correct(id, request));
    }
}
