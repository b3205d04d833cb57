package viva.defense.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import org.eclipse.microprofile.openapi.annotations.Operation;
import viva.system.Roles;

/** Server-sent events for the dashboard: which defense just changed. */
@Path("live")
@RequestScoped
@RolesAllowed(Roles.SECRETARY)
public class LiveResource {

    @Inject
    LiveRounds live;

    /** An open event stream, not a request and its answer: left out of the OpenAPI document. */
    @GET
    @Operation(hidden = true)
    @Produces(MediaType.SERVER_SENT_EVENTS)
    public void listen(@Context SseEventSink sink, @Context Sse sse) {
        live.listen(sink, sse);
    }
}
