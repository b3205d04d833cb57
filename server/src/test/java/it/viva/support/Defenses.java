package it.viva.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * A scheduled defense with its own round, panel and applicant, and the accounts to reach it: the
 * secretary, an eligible member, a recused member (same employer as the applicant) and a member
 * of another panel.
 */
public final class Defenses {

    public static final String MEMBER_PASSWORD = "member-pass-1";
    static final String APPLICANT_EMPLOYER = "新疆昆仑交通规划设计院有限公司";

    public record Setup(long round, long panel, long defense, long applicant, List<Long> members,
            List<Api> memberApis, Api outsider) {

        /** The same people before another defense of theirs (a re-defense). */
        public Setup withDefense(long other) {
            return new Setup(round, panel, other, applicant, members, memberApis, outsider);
        }

        /** The first member: eligible. */
        public Api member() {
            return memberApis.get(0);
        }

        /** The seventh member shares the applicant's employer and does not sit (回避). */
        public Api recused() {
            return memberApis.get(6);
        }

        public String ticket(Api as) {
            Api.Reply reply = as.post("/api/defenses/" + defense + "/ticket", new byte[0], null);
            assertEquals(201, reply.status(), reply::toString);
            return reply.json().getString("ticket");
        }

        /** The defense page's address, opened as the caller with a fresh ticket. */
        public String ticketUrl(Api as) {
            return Api.BASE + "/defense.html?d=" + defense + "&t=" + ticket(as);
        }

        /** The join token inside the applicant's personal link. */
        public String joinToken() {
            Api.Reply link = Api.secretary().post("/api/defenses/" + defense + "/join-link", new byte[0], null);
            assertEquals(201, link.status(), link::toString);
            return URI.create(link.json().getString("url")).getFragment().substring("join=".length());
        }

        /** The secretariat opens the waiting room; applicants' links work from then on. */
        public void openLobby() {
            Api.Reply reply = Api.secretary().post("/api/defenses/" + defense + "/stage", "{\"stage\":\"LOBBY\"}");
            if (reply.status() != 200 && !"invalid_stage".equals(reply.error())) {
                throw new AssertionError(reply.toString());
            }
        }

        public String applicantTicket(String joinToken) {
            openLobby();
            Api.Reply reply = Api.anonymous().post("/api/defenses/" + defense + "/ticket",
                    "{\"joinToken\": \"" + joinToken + "\"}");
            assertEquals(201, reply.status(), reply::toString);
            return reply.json().getString("ticket");
        }

        /** The secretary checks the applicant's identity (a still of the live video): admission needs it. */
        public void verifyIdentity() {
            Defenses.verifyIdentity(defense);
        }

        public String applicantId() {
            return "A" + applicant;
        }

        public String memberId(int index) {
            return "M" + members.get(index);
        }
    }

    private Defenses() {
    }

    /**
     * The secretary checks the waiting applicant's identity, posting a still as the page does; the
     * lobby must be open. Every test that admits an applicant passes through here first.
     */
    public static String verifyIdentity(long defense) {
        Api.Reply reply = Api.secretary().post("/api/defenses/" + defense + "/identity", still(), "image/jpeg");
        assertEquals(201, reply.status(), reply::toString);
        return reply.json().getString("sha256");
    }

    /** A small real JPEG, as a page's canvas gives it; {@code shade} makes different ones. */
    public static byte[] still(int shade) {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(64, 48,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = image.createGraphics();
        g.setColor(new java.awt.Color(shade & 0xff, 120, 200 - (shade & 0x7f)));
        g.fillRect(0, 0, 64, 48);
        g.setColor(java.awt.Color.WHITE);
        g.fillOval(16, 8, 32, 32);
        g.dispose();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try {
            javax.imageio.ImageIO.write(image, "jpeg", out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static byte[] still() {
        return still(40);
    }

    public static Setup scheduled() {
        long round = Fixtures.round();
        List<Long> members = new ArrayList<>();
        List<String> usernames = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            String username = Fixtures.unique("room");
            usernames.add(username);
            String employer = i == 6 ? APPLICANT_EMPLOYER : "评审单位" + i;
            Api.Reply reply = Api.secretary().post("/api/members", """
                    {"name":"评委%d","employer":"%s","specialtyCodes":["ENG11"],"username":"%s","password":"%s"}
                    """.formatted(i + 1, employer, username, MEMBER_PASSWORD));
            assertEquals(201, reply.status(), reply::toString);
            members.add(reply.id());
        }
        long panel = Fixtures.panel(round, List.of("ENG11"), members);
        String outsider = Fixtures.unique("outsider");
        assertEquals(201, Api.secretary().post("/api/members", """
                {"name":"外组评委","employer":"别的单位","specialtyCodes":["ENG11"],"username":"%s","password":"%s"}
                """.formatted(outsider, MEMBER_PASSWORD)).status());
        long applicant = Fixtures.applicant(Fixtures.applicantBody(round, "SENIOR")
                .add("name", "保密姓名").add("employer", APPLICANT_EMPLOYER));
        Api.Reply defense = Api.secretary().post("/api/defenses", Dates.shifted("""
                {"applicantId": %d, "panelId": %d, "start": "2026-12-07T09:00:00+08:00"}""".formatted(applicant, panel)));
        assertEquals(201, defense.status(), defense::toString);
        return new Setup(round, panel, defense.id(), applicant, members,
                usernames.stream().map(u -> Api.as(u, MEMBER_PASSWORD)).toList(), Api.as(outsider, MEMBER_PASSWORD));
    }
}
