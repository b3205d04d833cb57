package viva.audit.web;

import viva.audit.ChainVerifier;
import viva.audit.AuditTrail;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import viva.system.Roles;

@Path("audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.SECRETARY)
public class AuditResource {

    @Inject
    AuditTrail trail;

    /**
     * Recomputes the whole chain. With {@code head}, also says whether the chain continues the
     * one that ended there (nothing before it was changed or removed).
     */
    @GET
    @Path("verify")
    public JsonObject verify(@QueryParam("head") String olderHead) {
        ChainVerifier.Verdict verdict = trail.verify(olderHead == null || olderHead.isBlank() ? null : olderHead);
        return verdict.report(olderHead);
    }
}
