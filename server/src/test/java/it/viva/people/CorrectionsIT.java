package it.viva.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.viva.support.Api;
import it.viva.support.Dates;
import it.viva.support.Defenses;
import it.viva.support.Fixtures;
import it.viva.support.ItServer;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Corrections of applicants, experts and panels after registration: a reason is required, a
 * booked defense that would break a scheduling rule refuses the correction until it is moved or
 * cancelled, a started defense or a published round refuses it outright, and every correction is
 * audited with who, when, why and what changed.
 */
class CorrectionsIT {

    private static final String REASON = "申报人已于次日缴费，据缴费凭证更正";

    private final Api api = Api.secretary();

    private Api.Reply patch(String path, JsonObjectBuilder body) {
        return api.send("PATCH", path, body.build().toString());
    }

    private static JsonObjectBuilder because(String reason) {
        return Json.createObjectBuilder().add("reason", reason);
    }

    private static List<Long> ids(JsonArray array) {
        return array.getValuesAs(JsonNumber.class).stream().map(JsonNumber::longValue).toList();
    }

    private List<Long> eligible(long defense) {
        return ids(api.get("/api/defenses/" + defense).json().getJsonArray("eligibleMemberIds"));
    }

    private boolean unscheduled(long round, long applicant) {
        return api.get("/api/defenses/unscheduled?roundId=" + round).array().getValuesAs(JsonObject.class).stream()
                .anyMatch(u -> u.getJsonNumber("applicantId").longValue() == applicant);
    }

    @Test
    void aSubmittedApplicantCorrectedToFeePaidBecomesSchedulable() {
        long round = Fixtures.round();
        long applicant = Fixtures.applicant(Fixtures.applicantBody(round, "SENIOR").add("status", "SUBMITTED"));
        assertFalse(unscheduled(round, applicant), "an applicant who has not paid cannot be scheduled");

        Api.Reply noReason = patch("/api/applicants/" + applicant, Json.createObjectBuilder().add("status", "FEE_PAID"));
        assertEquals(400, noReason.status(), noReason::toString);
        assertEquals("reason_required", noReason.error());
        Api.Reply blank = patch("/api/applicants/" + applicant, because(" \t ").add("status", "FEE_PAID"));
        assertEquals("reason_required", blank.error(), blank::toString);
        assertEquals("SUBMITTED", api.get("/api/applicants/" + applicant).json().getString("status"));

        Api.Reply corrected = patch("/api/applicants/" + applicant, because(REASON).add("status", "FEE_PAID")
                .add("phone", "13800138000").add("unknownField", "ignored"));
        assertEquals(200, corrected.status(), corrected::toString);
        JsonObject view = corrected.json();
        assertEquals(api.get("/api/applicants/" + applicant).json(), view, "the answer is the applicant as GET shows it");
        assertEquals("FEE_PAID", view.getString("status"));
        assertTrue(view.getBoolean("schedulable"), view::toString);
        assertEquals("13800138000", view.getString("phone"));
        assertTrue(unscheduled(round, applicant), "the applicant now waits for a defense");

        Api.Reply again = patch("/api/applicants/" + applicant, because(REASON).add("status", "FEE_PAID"));
        assertEquals(400, again.status(), again::toString);
        assertEquals("nothing_to_change", again.error());
        Api.Reply returned = patch("/api/applicants/" + applicant, because(REASON).add("status", "RETURNED"));
        assertEquals("returned_at_required", returned.error(), returned::toString);
        Api.Reply badDate = patch("/api/applicants/" + applicant, because(REASON).add("barredUntil", "2026-13-45"));
        assertEquals(400, badDate.status(), badDate::toString);
        Api.Reply blankName = patch("/api/applicants/" + applicant, because(REASON).add("name", "  "));
        assertEquals(400, blankName.status(), blankName::toString);
        Api.Reply fraction = api.send("PATCH", "/api/panels/1", "{\"chairId\": 1.5, \"reason\": \"x\"}");
        assertEquals(400, fraction.status(), fraction::toString);
        Api.Reply array = api.send("PATCH", "/api/applicants/" + applicant, "[{\"status\":\"SUBMITTED\",\"reason\":\"x\"}]");
        assertEquals(400, array.status(), array::toString);
        assertEquals("FEE_PAID", api.get("/api/applicants/" + applicant).json().getString("status"));
        assertEquals(404, patch("/api/applicants/999999999", because(REASON).add("status", "FEE_PAID")).status());
        assertEquals(401, Api.anonymous().send("PATCH", "/api/applicants/" + applicant, "{}").status());
    }

    @Test
    void aCorrectionThatWouldBreakAScheduledDefenseIsRefusedUntilTheDefenseIsCancelled() {
        Defenses.Setup setup = Defenses.scheduled();
        String path = "/api/applicants/" + setup.applicant();
        JsonObject before = api.get(path).json();

        Api.Reply refused = patch(path, because("材料被退回补正").add("status", "SUBMITTED"));
        assertEquals(409, refused.status(), refused::toString);
        assertEquals("scheduling_conflict", refused.error());
        JsonArray conflicts = refused.json().getJsonArray("conflicts");
        assertEquals(List.of("applicant_not_eligible"), conflicts.getValuesAs(JsonObject.class).stream()
                .map(c -> c.getString("rule")).toList(), conflicts::toString);
        assertEquals(setup.defense(), conflicts.getJsonObject(0).getJsonNumber("defenseId").longValue());
        assertEquals(before, api.get(path).json(), "nothing changed");

        // An employer correction moves who stands down (回避): member 1's employer now, no longer member 7's.
        List<Long> eligibleBefore = eligible(setup.defense());
        assertFalse(eligibleBefore.contains(setup.members().get(6)));
        Api.Reply employer = patch(path, because("工作单位录入错误").add("employer", "评审单位0"));
        assertEquals(200, employer.status(), employer::toString);
        List<Long> eligibleAfter = eligible(setup.defense());
        assertFalse(eligibleAfter.contains(setup.members().get(0)), eligibleAfter::toString);
        assertTrue(eligibleAfter.contains(setup.members().get(6)), eligibleAfter::toString);
        assertEquals(6, eligibleAfter.size());

        assertEquals(204, api.send("DELETE", "/api/defenses/" + setup.defense(), null).status());
        Api.Reply passes = patch(path, because("材料被退回补正").add("status", "SUBMITTED"));
        assertEquals(200, passes.status(), passes::toString);
        assertEquals("SUBMITTED", passes.json().getString("status"));
    }

    @Test
    void anExpertsNewEmployerRecomputesEligibilityAndIsRefusedBelowTheQuorum() {
        Defenses.Setup setup = Defenses.scheduled();
        String applicantEmployer = api.get("/api/applicants/" + setup.applicant()).json().getString("employer");
        long first = setup.members().get(0);
        long second = setup.members().get(1);

        // Seven members, the seventh recused: six sit, the quorum is five. One more from the employer: five sit.
        Api.Reply moved = patch("/api/members/" + first, because("专家调动工作单位").add("employer", applicantEmployer));
        assertEquals(200, moved.status(), moved::toString);
        assertEquals(applicantEmployer, moved.json().getString("employer"));
        List<Long> eligible = eligible(setup.defense());
        assertEquals(5, eligible.size(), eligible::toString);
        assertFalse(eligible.contains(first));

        Api.Reply tooFew = patch("/api/members/" + second, because("专家调动工作单位").add("employer", applicantEmployer));
        assertEquals(409, tooFew.status(), tooFew::toString);
        assertEquals("quorum_after_recusal", tooFew.json().getJsonArray("conflicts").getJsonObject(0).getString("rule"));
        assertEquals("评审单位1", api.get("/api/members/" + second).json().getString("employer"), "nothing changed");
        assertEquals(eligible, eligible(setup.defense()));

        // Moved to another panel, the defense no longer rests on the second expert: the correction passes.
        List<Long> others = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            others.add(Fixtures.member("另一评审单位" + i));
        }
        long panel = Fixtures.panel(setup.round(), List.of("ENG11"), others);
        Api.Reply move = api.send("PUT", "/api/defenses/" + setup.defense(), Json.createObjectBuilder()
                .add("start", Dates.shifted("2026-12-07T09:00:00+08:00")).add("panelId", panel).build().toString());
        assertEquals(200, move.status(), move::toString);
        Api.Reply passes = patch("/api/members/" + second, because("专家调动工作单位").add("employer", applicantEmployer));
        assertEquals(200, passes.status(), passes::toString);
    }

    @Test
    void nothingIsCorrectedOnceADefenseHasStartedButAPasswordMayStillBeReset() {
        Defenses.Setup setup = Defenses.scheduled();
        setup.openLobby();
        Api.Reply applicant = patch("/api/applicants/" + setup.applicant(), because(REASON).add("phone", "13900139000"));
        assertEquals(409, applicant.status(), applicant::toString);
        assertEquals("defense_started", applicant.error());
        Api.Reply panel = patch("/api/panels/" + setup.panel(), because(REASON).add("specialtyCodes",
                Json.createArrayBuilder().add("ENG11").add("ENG12")));
        assertEquals("defense_started", panel.error(), panel::toString);
        long member = setup.members().get(0);
        Api.Reply name = patch("/api/members/" + member, because(REASON).add("name", "改名"));
        assertEquals("defense_started", name.error(), name::toString);
        Api.Reply both = patch("/api/members/" + member, because(REASON).add("name", "改名")
                .add("password", "a-fresh-pass-41"));
        assertEquals("defense_started", both.error(), both::toString);
        assertEquals(200, setup.member().get("/api/me/defenses").status(), "a refused correction resets nothing");

        // The password opens an account; no defense rests on it.
        Api.Reply reset = patch("/api/members/" + member, because("专家遗忘密码").add("password", "a-fresh-pass-41"));
        assertEquals(200, reset.status(), reset::toString);
        String username = reset.json().getString("username");
        assertEquals(200, Api.as(username, "a-fresh-pass-41").get("/api/me/defenses").status());
        assertEquals(401, setup.member().get("/api/me/defenses").status(), "the old password no longer signs in");
    }

    @Test
    void aPublishedRoundAnswersRoundPublishedBeforeAnyOtherRule() {
        long round = Fixtures.round();
        long applicant = Fixtures.applicant(Fixtures.applicantBody(round, "JUNIOR").add("status", "SUBMITTED"));
        List<Long> members = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            members.add(Fixtures.member("发布单位" + i));
        }
        long panel = Fixtures.panel(round, List.of("ENG11"), members);
        Api.Reply published = api.post("/api/rounds/" + round + "/publish", new byte[0], null);
        assertEquals(200, published.status(), published::toString);

        Api.Reply withReason = patch("/api/applicants/" + applicant, because(REASON).add("status", "FEE_PAID"));
        assertEquals(409, withReason.status(), withReason::toString);
        assertEquals("round_published", withReason.error());
        assertEquals("round_published", api.send("PATCH", "/api/applicants/" + applicant, "{}").error());
        Api.Reply panelChange = patch("/api/panels/" + panel, because(REASON).add("specialtyCodes",
                Json.createArrayBuilder().add("ENG12")));
        assertEquals("round_published", panelChange.error(), panelChange::toString);
        assertEquals("SUBMITTED", api.get("/api/applicants/" + applicant).json().getString("status"));
    }

    @Test
    void aWeakPasswordIsRefused() {
        long member = Fixtures.member("密码单位");
        String username = api.get("/api/members/" + member).json().getString("username");
        for (String weak : List.of("short", username, "1234567890", "          ")) {
            Api.Reply refused = patch("/api/members/" + member, because("重置密码").add("password", weak));
            assertEquals(400, refused.status(), weak + ": " + refused);
            assertEquals("weak_password", refused.error(), refused::toString);
        }
        assertEquals(200, Api.as(username, "member-pass-1").get("/api/specialties").status());
        Api.Reply noReason = patch("/api/members/" + member, Json.createObjectBuilder().add("password", "b-fresh-pass-52"));
        assertEquals("reason_required", noReason.error(), noReason::toString);
        assertEquals(200, Api.as(username, "member-pass-1").get("/api/specialties").status());
    }

    @Test
    void aPanelsNewMembersAreCheckedAndTheirEligibilityRecomputed() {
        Defenses.Setup setup = Defenses.scheduled();
        String path = "/api/panels/" + setup.panel();
        List<Long> members = setup.members();

        long newcomer = Fixtures.member("新加入评审单位");
        List<Long> replaced = new ArrayList<>(members);
        replaced.set(5, newcomer);
        Api.Reply ok = patch(path, because("专家因病请假，由备选专家替换").add("memberIds", Fixtures.ids(replaced)));
        assertEquals(200, ok.status(), ok::toString);
        assertEquals(replaced, ids(ok.json().getJsonArray("memberIds")));
        List<Long> eligible = eligible(setup.defense());
        assertTrue(eligible.contains(newcomer) && !eligible.contains(members.get(5)), eligible::toString);

        // A member who sits on another defense at the same time (in another round) cannot join.
        Defenses.Setup elsewhere = Defenses.scheduled();
        List<Long> busy = new ArrayList<>(replaced);
        busy.set(4, elsewhere.members().get(0));
        Api.Reply refused = patch(path, because("替换专家").add("memberIds", Fixtures.ids(busy)));
        assertEquals(409, refused.status(), refused::toString);
        assertTrue(refused.json().getJsonArray("conflicts").getValuesAs(JsonObject.class).stream()
                .anyMatch(c -> c.getString("rule").equals("member_busy")), refused::toString);
        Api.Reply specialty = patch(path, because("调整评审组专业").add("specialtyCodes", Json.createArrayBuilder().add("ENG12")));
        assertEquals(409, specialty.status(), specialty::toString);
        assertEquals("specialty_not_covered", specialty.json().getJsonArray("conflicts").getJsonObject(0).getString("rule"));
        JsonObject panel = api.get(path).json();
        assertEquals(replaced, ids(panel.getJsonArray("memberIds")), "nothing changed");
        assertEquals(List.of("ENG11"), panel.getJsonArray("specialtyCodes").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList());
        assertEquals(eligible, eligible(setup.defense()));

        Api.Reply chairOutside = patch(path, because("更换组长").add("chairId", elsewhere.members().get(1)));
        assertEquals("chair_not_member", chairOutside.error(), chairOutside::toString);
        Api.Reply tooFew = patch(path, because("减少评委").add("memberIds", Fixtures.ids(replaced.subList(0, 4))));
        assertEquals(400, tooFew.status(), tooFew::toString);
        Api.Reply chair = patch(path, because("更换组长").add("chairId", members.get(1)));
        assertEquals(200, chair.status(), chair::toString);
        assertEquals(members.get(1).longValue(), chair.json().getJsonNumber("chairId").longValue());
    }

    @Test
    void everyCorrectionIsAuditedWithWhoWhenWhyAndWhatChanged() throws SQLException {
        Defenses.Setup setup = Defenses.scheduled();
        long applicant = Fixtures.applicant(Fixtures.applicantBody(setup.round(), "SENIOR").add("status", "SUBMITTED"));
        assertEquals(200, patch("/api/applicants/" + applicant, because(REASON).add("status", "FEE_PAID")).status());
        long member = setup.members().get(0);
        assertEquals(200, patch("/api/members/" + member, because("专家遗忘密码")
                .add("password", "c-fresh-pass-63").add("name", "更正姓名")).status());
        long newcomer = Fixtures.member("审计单位");
        List<Long> replaced = new ArrayList<>(setup.members());
        replaced.set(5, newcomer);
        assertEquals(200, patch("/api/panels/" + setup.panel(), because("替换专家").add("memberIds",
                Fixtures.ids(replaced))).status());
        assertTrue(api.get("/api/audit/verify").json().getBoolean("valid"));

        JsonObject applicantEvent;
        JsonObject memberEvent;
        JsonObject panelEvent;
        ItServer.stop();
        try (Connection db = DriverManager.getConnection("jdbc:derby:" + ItServer.DB)) {
            applicantEvent = event(db, "applicant.corrected", "applicant:" + applicant);
            memberEvent = event(db, "member.corrected", "member:" + member);
            panelEvent = event(db, "panel.corrected", "panel:" + setup.panel());
        } finally {
            try {
                DriverManager.getConnection("jdbc:derby:" + ItServer.DB + ";shutdown=true").close();
            } catch (SQLException expected) {
                // Derby reports a clean shutdown as an exception.
            }
            ItServer.start();
        }

        assertEquals("secretary", applicantEvent.getString("actor"));
        assertFalse(applicantEvent.getString("at").isBlank());
        JsonObject payload = applicantEvent.getJsonObject("payload");
        assertEquals(REASON, payload.getString("reason"));
        assertEquals(Json.createObjectBuilder().add("status", Json.createObjectBuilder().add("before", "SUBMITTED")
                .add("after", "FEE_PAID")).build(), payload.getJsonObject("changes"));

        JsonObject memberPayload = memberEvent.getJsonObject("payload");
        assertEquals("专家遗忘密码", memberPayload.getString("reason"));
        assertEquals("更正姓名", memberPayload.getJsonObject("changes").getJsonObject("name").getString("after"));
        assertTrue(memberPayload.getJsonObject("changes").containsKey("password"));
        assertFalse(memberEvent.toString().contains("c-fresh-pass-63"), "the password is never recorded");
        assertFalse(memberEvent.toString().contains("PBKDF2"), "nor its hash: " + memberEvent);

        JsonObject panelPayload = panelEvent.getJsonObject("payload");
        JsonObject memberIds = panelPayload.getJsonObject("changes").getJsonObject("memberIds");
        assertEquals(setup.members(), ids(memberIds.getJsonArray("before")));
        assertEquals(replaced, ids(memberIds.getJsonArray("after")));
        JsonObject eligibility = panelPayload.getJsonArray("eligibility").getJsonObject(0);
        assertEquals(setup.defense(), eligibility.getJsonNumber("defenseId").longValue());
        assertTrue(ids(eligibility.getJsonArray("eligibleAfter")).contains(newcomer), eligibility::toString);
        assertTrue(api.get("/api/audit/verify").json().getBoolean("valid"));
    }

    /** The last audit event of the action on the subject: {actor, at, payload}. */
    private static JsonObject event(Connection db, String action, String subject) throws SQLException {
        try (PreparedStatement find = db.prepareStatement("SELECT ACTOR, \"AT\", PAYLOAD FROM AUDIT_EVENT"
                + " WHERE ACTION = ? AND SUBJECT = ? ORDER BY SEQ DESC")) {
            find.setString(1, action);
            find.setString(2, subject);
            try (ResultSet row = find.executeQuery()) {
                assertTrue(row.next(), action + " " + subject + " is in the trail");
                JsonValue payload = Json.createReader(new StringReader(row.getString(3))).readValue();
                return Json.createObjectBuilder().add("actor", row.getString(1))
                        .add("at", String.valueOf(row.getTimestamp(2))).add("payload", payload).build();
            }
        }
    }
}
