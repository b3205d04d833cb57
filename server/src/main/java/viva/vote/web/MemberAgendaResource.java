package viva.vote.web;

import viva.vote.MemberAgenda;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import viva.system.Roles;

/** The signed-in member's own defenses and votes. */
@Path("me/defenses")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.MEMBER)
public class MemberAgendaResource {

    @Inject
    MemberAgenda agenda;

    @Context
    SecurityContext security;

    @GET
    public List<MemberAgenda.Item> list() {
        return agenda.of(security.getUserPrincipal().getName());
    }
}
