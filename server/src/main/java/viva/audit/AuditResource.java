package viva.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import viva.json.Jsonp;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import viva.security.Roles;

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
        return describe(verdict, olderHead);
    }

    static JsonObject describe(ChainVerifier.Verdict verdict, String olderHead) {
        JsonObjectBuilder body = Jsonp.createObjectBuilder()
                .add("valid", verdict.valid() && verdict.containsHead())
                .add("events", verdict.events())
                .add("head", verdict.head());
        if (verdict.brokenAt() != null) {
            body.add("brokenAt", verdict.brokenAt()).add("reason", verdict.reason());
        }
        if (olderHead != null && !olderHead.isBlank()) {
            body.add("continues", verdict.containsHead());
        }
        return body.build();
    }
}
