package viva.signaling.room;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import viva.signaling.Admission;
import viva.signaling.Entry;

/**
 * Refuses the WebSocket handshake (HTTP 403) unless its ticket is good for that defense, so that no
 * socket ever exists for someone not admitted.
 */
@WebFilter("/ws/defense/*")
public class TicketGate extends HttpFilter {

    private static final Pattern PATH = Pattern.compile("/ws/defense/(\\d{1,18})");

    @Inject
    Admission admission;

    @Inject
    PendingEntries pending;

    @Inject
    Clock clock;

    @Inject
    RoomHome home;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Matcher path = PATH.matcher(request.getRequestURI().substring(request.getContextPath().length()));
        String ticket = request.getParameter("ticket");
        boolean wellFormed = path.matches() && ticket != null && ticket.length() <= 128;
        Optional<String> holder = wellFormed ? home.holder(Long.parseLong(path.group(1))) : Optional.empty();
        if (holder.isPresent()) {
            // Another node holds the room: the ticket goes there unredeemed, for the holder to redeem.
            pending.relay(ticket, holder.get(), clock.instant());
            chain.doFilter(request, response);
            return;
        }
        Optional<Entry> entry = wellFormed
                ? admission.redeem(Long.parseLong(path.group(1)), ticket)
                : Optional.empty();
        if (entry.isEmpty()) {
            refuse(response, HttpServletResponse.SC_FORBIDDEN, "invalid_ticket",
                    "The ticket is unknown, used, expired or for another defense.");
            return;
        }
        if (!home.host(entry.get().participant().defenseId())) {
            refuse(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "room_elsewhere",
                    "Another node took the room at this moment; ask for a new ticket and try again.");
            return;
        }
        pending.put(ticket, entry.get(), clock.instant());
        chain.doFilter(request, response);
    }

    private static void refuse(HttpServletResponse response, int status, String code, String message)
            throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter().write("{\"error\":\"" + code + "\",\"message\":\"" + message + "\"}");
    }
}
