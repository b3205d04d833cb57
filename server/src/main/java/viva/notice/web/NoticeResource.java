package viva.notice.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import viva.notice.Notice;
import viva.notice.NoticeService;
import viva.system.Roles;
import viva.system.web.ErrorBody;

/** Emailing one applicant their join notice (the defense's other parts: schedule.web, room.web…). */
@Path("defenses/{id: [0-9]{1,18}}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.SECRETARY)
public class NoticeResource {

    @Inject
    NoticeService notices;

    @PathParam("id")
    long id;

    /**
     * 202 with the notice once the SMTP server took it; 502 mail_failed with the server's answer
     * when it refused or could not be reached (the applicant's earlier link still works).
     */
    @POST
    @Path("notice")
    public Response send() {
        Notice notice = notices.send(id);
        if (notice.status() == Notice.Status.SENT) {
            return Response.accepted(notice).build();
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("defenseId", notice.defenseId());
        details.put("applicantId", notice.applicantId());
        details.put("email", notice.email());
        details.put("reason", notice.reason());
        return ErrorBody.response(502, "mail_failed", "The SMTP server did not take the notice: "
                + notice.reason(), details);
    }
}
