package viva.defense.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import viva.audit.CurrentActor;
import viva.defense.DefenseService;
import viva.system.Roles;

/** The secretariat runs a defense: admits the applicant from the lobby and moves the stages. */
@Path("defenses/{id: [0-9]{1,18}}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.SECRETARY)
public class ConductResource {

    public record StageRequest(@NotBlank @Size(max = 16) String stage) {
    }

    @Inject
    DefenseService defenses;

    @Inject
    CurrentActor actor;

    @PathParam("id")
    long id;

    @POST
    @Path("admit")
    public Map<String, String> admit() {
        return Map.of("admitted", defenses.admit(id, null, actor.name()));
    }

    @POST
    @Path("stage")
    @Consumes(MediaType.APPLICATION_JSON)
    public DefenseView stage(@NotNull @Valid StageRequest request) {
        return DefenseView.of(defenses.changeStage(id, request.stage(), actor.name()));
    }
}
