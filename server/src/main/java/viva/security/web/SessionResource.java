package viva.security.web;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import viva.system.Refusal;

/**
 * Browser sign-in: a session cookie (HttpOnly, SameSite=Strict) instead of HTTP Basic. State
 * changes made with the cookie must carry the session's CSRF token in X-CSRF-Token.
 */
@Path("session")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SessionResource {

    public record SignIn(@NotNull @Size(min = 1, max = 64) String username,
            @NotNull @Size(min = 1, max = 256) String password) {
    }

    @Inject
    BrowserSessions sessions;

    @Context
    HttpServletRequest request;

    @Context
    HttpServletResponse response;

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    public BrowserSessions.SignedIn signIn(@NotNull @Valid SignIn body) {
        return sessions.signIn(request, response, body.username(), body.password());
    }

    @GET
    @PermitAll
    public BrowserSessions.SignedIn current() {
        return sessions.current(request).orElseThrow(() -> new Refusal(Refusal.Kind.UNAUTHENTICATED,
                "unauthenticated", "Not signed in."));
    }

    @DELETE
    @PermitAll
    public Response signOut() {
        sessions.signOut(request, response);
        return Response.noContent().build();
    }
}
