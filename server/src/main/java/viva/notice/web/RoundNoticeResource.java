package viva.notice.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import viva.notice.NoticeService;
import viva.system.Roles;
import viva.system.Values;

/** Emailing the join notices of a whole day of a round (the same path as the rounds, viva.round.web). */
@Path("rounds")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.SECRETARY)
public class RoundNoticeResource {

    @Inject
    NoticeService notices;

    /** 200 with each applicant's notice: SENT, FAILED with the reason, or NO_EMAIL. */
    @POST
    @Path("{id}/notices")
    public NoticeService.DayNotices sendDay(@PathParam("id") long id, @QueryParam("date") String date) {
        if (date == null || date.isBlank()) {
            throw Values.invalid("date", "the day to send notices for is required, as ?date=YYYY-MM-DD");
        }
        return notices.sendDay(id, Values.date("date", date));
    }
}
