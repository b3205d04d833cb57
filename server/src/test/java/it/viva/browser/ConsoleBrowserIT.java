package it.viva.browser;

import it.viva.support.Dates;
import it.viva.support.Defenses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.viva.support.Api;
import it.viva.support.Browser;
import it.viva.support.Fixtures;
import it.viva.support.RoomClient;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import viva.testing.IdNumbers;

/**
 * The secretariat runs a new round through the console alone, in Debian's Chromium: signs in
 * through the form, creates the round, imports applicants from a CSV file, adds one by hand,
 * corrects one who paid after the import (with a reason), creates experts and a panel, schedules
 * one defense by hand (after a refused try), lets the solver plan the rest and commits it, opens a
 * room from the dashboard, and reads the outcome on the results screen and on the printable result
 * sheet.
 */
class ConsoleBrowserIT {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Duration SOLVER_WAIT = Duration.ofSeconds(120);
    private static final String MEMBER_PASSWORD = "member-pass-1";
    private static final String VETO_REASON = "专业技术成果与申报材料不符，答辩未能说明";

    private Browser browser;

    @Test
    void theSecretariatWalksANewRoundThroughTheConsole(@TempDir Path folder) throws IOException {
        String tag = Fixtures.unique("c").substring(2);
        String roundName = "控制台测试轮次 " + tag;
        List<RoomClient> sockets = new ArrayList<>();
        awaitReady();
        try (Browser b = Browser.start()) {
            browser = b;
            signIn();
            long round = createRound(roundName);

            importApplicants(folder, round, tag);
            addApplicant(round, tag);
            correctAnApplicant(round, "丙" + tag);
            List<String> usernames = createExpertsAndPanel(round, tag);

            scheduleByHand(round, "手动排程" + tag);
            solveAndCommit(round);
            moveOne(round, "甲" + tag);
            showJoinNotice();

            long defense = dashboardAndRoom(round, "手动排程" + tag, usernames, sockets);
            results(round, defense);
            resultSheet(defense);
            assertEquals(List.of(), browser.script("return window.cspViolations;"),
                    "the console breaks no rule of its Content-Security-Policy");
            signOut();
            memberHome(usernames.get(0), defense);
        } finally {
            sockets.forEach(RoomClient::close);
        }
    }

    /** 随机抽取 beside the hand-made panel: a seed given in advance, the draw record shown, the panel stored. */
    @Test
    void theSecretariatDrawsAPanelAtRandomWithAnAnnouncedSeed() {
        String tag = Fixtures.unique("d").substring(2);
        for (int i = 0; i < 5; i++) {
            Fixtures.member("抽取单位" + i + "-" + tag);
        }
        awaitReady();
        try (Browser b = Browser.start()) {
            browser = b;
            signIn();
            long round = createRound("抽取测试轮次 " + tag);
            go("experts", "#draw-form");
            fill("#draw-form input[name='name']", "抽取组" + tag);
            new Select(find("#draw-form select[name='specialtyCodes']")).selectByValue("ENG11");
            fill("#draw-form input[name='size']", "5");
            fill("#draw-form input[name='seed']", "公开种子-" + tag);
            scrollTo("#draw-form");
            find("#draw-form button[type='submit']").click();
            awaitText("#draw-form .message", "已抽取评审组");
            awaitText("#draw-record", "公开种子-" + tag);
            assertTrue(find("#draw-record").getText().contains("组长"), find("#draw-record").getText());
            JsonObject panel = Api.secretary().get("/api/panels?roundId=" + round).array().getJsonObject(0);
            assertEquals("抽取组" + tag, panel.getString("name"));
            assertEquals(5, panel.getJsonArray("memberIds").size());
            await("the drawn panel in the list", d -> visible(d, "#panels-list .panel-card") != null
                    && find("#panels-list").getText().contains("抽取组" + tag) ? true : null);
            browser.screenshot("console-draw");
        }
    }

    /** Signed out, / shows the form; a wrong password is refused there; the right one opens the console. */
    private void signIn() {
        browser.open(Api.BASE + "/");
        WebElement username = await("the sign-in form", d -> visible(d, "form input[name='username']"));
        assertTrue(find("form input[name='password']").isDisplayed());
        assertFalse(browser.driver().findElements(By.cssSelector("label[for='signin-username']")).isEmpty(),
                "the fields are labelled");
        browser.screenshot("console-signin");

        username.sendKeys("secretary");
        find("input[name='password']").sendKeys("not-the-password");
        find("form button[type='submit']").click();
        awaitText("#signin-message", "用户名或密码错误");

        WebElement password = find("input[name='password']");
        password.clear();
        password.sendKeys(Api.SECRETARY_PASSWORD);
        find("form button[type='submit']").click();
        await("the console's navigation", d -> visible(d, "nav a[data-route='results']"));
        List<String> links = browser.driver().findElements(By.cssSelector("nav a")).stream()
                .map(WebElement::getText).toList();
        assertEquals(List.of("总览", "申报人", "专家与评审组", "日程安排", "结果"), links);
        assertTrue(find("nav button").getText().contains("退出"));
        browser.script("window.cspViolations = [];"
                + " document.addEventListener('securitypolicyviolation',"
                + " e => window.cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));");
    }

    /** The dashboard's round form creates the round, which the round selector then shows. */
    private long createRound(String name) {
        go("dashboard", "details.round-form");
        WebElement details = find("details.round-form");
        if (details.getAttribute("open") == null) {
            find("details.round-form > summary").click();
        }
        fill("#round-form input[name='name']", name);
        fill("#round-form input[name='year']", "2026");
        setValue("#round-form input[name='defenseFrom']", Dates.shifted("2026-12-07"));
        setValue("#round-form input[name='defenseTo']", Dates.shifted("2026-12-11"));
        fill("#round-form input[name='excludedDates']", Dates.shifted("2026-12-10"));
        find("#round-form button[type='submit']").click();
        await("the new round is selected", d -> selectedRoundText().contains(name) ? true : null);
        long id = Long.parseLong(new Select(find("#round-select")).getFirstSelectedOption().getAttribute("value"));
        JsonObject stored = Api.secretary().get("/api/rounds/" + id).json();
        assertEquals(name, stored.getString("name"));
        assertEquals(Dates.shifted("2026-12-11"), stored.getString("defenseTo"));
        assertEquals(List.of(Dates.shifted("2026-12-10")), stored.getJsonArray("excludedDates").getValuesAs(
                jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList());
        await("the dashboard of the new round", d -> statValue("#summary-stats", "mandatory") == 0 ? true : null);
        return id;
    }

    /** Five good lines and one bad: four imported (three need a defense), line 6 rejected. */
    private void importApplicants(Path folder, long round, String tag) throws IOException {
        go("applicants", "#import-file");
        assertEquals(0, tableRows("#applicants-table"), "a new round has no applicants");
        String csv = String.join("\n",
                "姓名,身份证号,性别,工作单位,专业代码,级别,状态",
                "甲" + tag + ",%s,男,乌鲁木齐城建设计院有限公司,ENG11,正高级,已缴费".formatted(IdNumbers.random(true)),
                "乙" + tag + ",%s,女,新疆绿城建筑工程有限公司,ENG11,副高级,已缴费".formatted(IdNumbers.random(false)),
                "丙" + tag + ",%s,男,克拉玛依建工集团有限公司,ENG11,SENIOR,SUBMITTED".formatted(IdNumbers.random(true)),
                "丁" + tag + ",%s,女,伊犁河谷建设有限公司,ENG11,中级,已缴费".formatted(IdNumbers.random(false)),
                "戊" + tag + ",12345,男,哈密建设有限公司,ENG11,正高级,已缴费",
                "");
        Path file = folder.resolve("applicants.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        find("#import-file").sendKeys(file.toAbsolutePath().toString());
        find("#import-button").click();
        awaitText("#import-created", "4");
        List<WebElement> rejected = browser.driver().findElements(By.cssSelector("#import-rejected tbody tr"));
        assertEquals(1, rejected.size(), "one rejected line");
        assertEquals("6", rejected.get(0).findElement(By.cssSelector("td")).getText(), "the header is line 1");
        await("the imported applicants in the table", d -> tableRows("#applicants-table") == 4 ? true : null);
        assertEquals(4, Api.secretary().get("/api/applicants?roundId=" + round).array().size());

        fill("#applicant-search", "丁" + tag);
        await("the search keeps one row", d -> tableRows("#applicants-table") == 1 ? true : null);
        String row = find("#applicants-table tbody tr").getText();
        assertTrue(row.contains("中级") && row.contains("否"), "the intermediate applicant needs no defense: " + row);
        // A name is shown isolated in its own direction: one written right to left turns nothing around it.
        assertFalse(find("#applicants-table tbody tr").findElements(By.xpath(
                ".//*[self::bdi or @dir='auto'][contains(., '丁" + tag + "')]")).isEmpty(), "the name is isolated");
        find("#applicant-search").sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        await("all rows again", d -> tableRows("#applicants-table") == 4 ? true : null);
        find("#applicants-table th button[data-sort='level']").click();
        await("sorted by level", d -> find("#applicants-table th[aria-sort]").getText().startsWith("级别") ? true : null);
        assertTrue(find("#applicants-table tbody tr").getText().contains("正高级"), "senior first");
        browser.screenshot("console-applicants");
    }

    private void addApplicant(long round, String tag) {
        fill("#applicant-form input[name='name']", "手动排程" + tag);
        fill("#applicant-form input[name='idNumber']", IdNumbers.random(false));
        new Select(find("#applicant-form select[name='gender']")).selectByValue("FEMALE");
        fill("#applicant-form input[name='employer']", "昌吉建筑设计研究院有限公司");
        new Select(find("#applicant-form select[name='specialtyCode']")).selectByValue("ENG11");
        new Select(find("#applicant-form select[name='level']")).selectByValue("DEPUTY_SENIOR");
        find("#applicant-form button[type='submit']").click();
        awaitText("#applicant-form .message", "已添加");
        await("five applicants", d -> tableRows("#applicants-table") == 5 ? true : null);
        assertEquals(5, Api.secretary().get("/api/applicants?roundId=" + round).array().size());
    }

    /**
     * 丙 was imported before paying: 更正 sets the status to 已缴费, refused at first without a
     * reason, and the applicant becomes schedulable.
     */
    private void correctAnApplicant(long round, String name) {
        fill("#applicant-search", name);
        await("the search keeps one row", d -> tableRows("#applicants-table") == 1 ? true : null);
        assertTrue(find("#applicants-table tbody tr").getText().contains("未缴费"), "not yet schedulable");
        find("#applicants-table [data-action='correct-applicant']").click();
        await("the correction dialog", d -> visible(d, "#applicant-correction select[name='status']"));
        assertEquals("SUBMITTED", new Select(find("#applicant-correction select[name='status']"))
                .getFirstSelectedOption().getAttribute("value"), "the dialog shows the stored values");
        new Select(find("#applicant-correction select[name='status']")).selectByValue("FEE_PAID");
        find("#applicant-correction button[type='submit']").click();
        awaitText("#applicant-correction .message", "请填写原因");
        fill("#applicant-correction textarea[name='reason']", "申报人已于次日缴费，据缴费凭证更正");
        browser.screenshot("console-correction");
        find("#applicant-correction button[type='submit']").click();
        await("the dialog closes", d -> visible(d, "#applicant-correction") == null ? true : null);
        await("the applicant is schedulable", d -> find("#applicants-table tbody tr").getText().contains("可排程")
                ? true : null);
        JsonObject stored = Api.secretary().get("/api/applicants?roundId=" + round).array()
                .getValuesAs(JsonObject.class).stream().filter(a -> a.getString("name").equals(name)).findFirst()
                .orElseThrow();
        assertEquals("FEE_PAID", stored.getString("status"));
        assertTrue(stored.getBoolean("schedulable"));
        find("#applicant-search").sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        await("all rows again", d -> tableRows("#applicants-table") == 5 ? true : null);
    }

    /** Five experts through the form, then a panel of them with the first as chair. */
    private List<String> createExpertsAndPanel(long round, String tag) {
        go("experts", "#expert-form");
        List<String> usernames = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            String username = "ce" + i + "-" + tag;
            fill("#expert-form input[name='name']", "专家" + i + tag);
            fill("#expert-form input[name='employer']", "评审专家单位" + i + "-" + tag);
            Select specialties = new Select(find("#expert-form select[name='specialtyCodes']"));
            specialties.selectByValue("ENG11");
            if (i == 1) {
                specialties.selectByValue("ENG12");
            }
            fill("#expert-form input[name='username']", username);
            fill("#expert-form input[name='password']", MEMBER_PASSWORD);
            find("#expert-form button[type='submit']").click();
            awaitText("#expert-form .message", username);
            usernames.add(username);
        }
        await("the experts in the list", d -> find("#experts-table").getText().contains(usernames.get(4)) ? true : null);
        Map<String, Long> ids = Api.secretary().get("/api/members").array().getValuesAs(JsonObject.class).stream()
                .filter(m -> usernames.contains(m.getString("username")))
                .collect(Collectors.toMap(m -> m.getString("username"), m -> m.getJsonNumber("id").longValue()));
        assertEquals(Set.copyOf(usernames), ids.keySet(), "every expert was created");

        String panelName = "建筑组" + tag;
        fill("#panel-form input[name='name']", panelName);
        new Select(find("#panel-form select[name='specialtyCodes']")).selectByValue("ENG11");
        for (String username : usernames.subList(0, 4)) {
            find("#panel-member-" + ids.get(username)).click();
        }
        find("#panel-form button[type='submit']").click();
        awaitText("#panel-form .message", "5 至 9");
        find("#panel-member-" + ids.get(usernames.get(4))).click();
        new Select(find("#panel-form select[name='chairId']")).selectByValue(ids.get(usernames.get(0)).toString());
        find("#panel-form button[type='submit']").click();
        awaitText("#panel-form .message", "已新建评审组");
        WebElement card = await("the panel in the list", d -> visible(d, "#panels-list .panel-card"));
        assertTrue(card.getText().contains(panelName) && card.getText().contains("组长"), card.getText());
        assertEquals(5, card.findElements(By.cssSelector("li")).size());
        assertTrue(card.getText().contains("评审专家单位3-" + tag), "members are listed with their employers");
        scrollTo("#panels-list");
        JsonObject panel = Api.secretary().get("/api/panels?roundId=" + round).array().getJsonObject(0);
        assertEquals(panelName, panel.getString("name"));
        assertEquals(5, panel.getJsonArray("memberIds").size());
        browser.screenshot("console-experts");
        return usernames;
    }

    /** An excluded date is refused with the broken rule shown in Chinese; a good time is booked. */
    private void scheduleByHand(long round, String name) {
        go("schedule", "#schedule-form");
        assertEquals(4, statValue("#schedule-stats", "mandatory"), "three imported and one added need a defense");
        assertEquals(4, statValue("#schedule-stats", "unscheduled"));
        assertEquals(4, tableRows("#unscheduled-table"));
        Select applicant = new Select(find("#schedule-applicant"));
        applicant.getOptions().stream().filter(o -> o.getText().startsWith(name)).findFirst().orElseThrow().click();
        assertFalse(new Select(find("#schedule-panel")).getFirstSelectedOption().getAttribute("value").isEmpty(),
                "the covering panel is chosen");
        setValue("#schedule-date", Dates.shifted("2026-12-10"));
        setValue("#schedule-time", "09:00");
        find("#schedule-form button[type='submit']").click();
        WebElement conflict = await("the broken rule", d -> visible(d, "#schedule-message li[data-rule='outside_calendar']"));
        assertTrue(conflict.getText().contains("不在答辩日期或每日时段内"), conflict.getText());

        setValue("#schedule-date", Dates.shifted("2026-12-07"));
        setValue("#schedule-time", "09:00");
        find("#schedule-form button[type='submit']").click();
        awaitText("#schedule-message", "已安排第");
        await("the calendar shows the defense", d -> find("#calendar").getText().contains(name) ? true : null);
        await("the summary counts it", d -> statValue("#schedule-stats", "scheduled") == 1 ? true : null);
        assertEquals(3, statValue("#schedule-stats", "unscheduled"));
        JsonObject booked = Api.secretary().get("/api/defenses?roundId=" + round).array().getJsonObject(0);
        assertEquals(Dates.shifted("2026-12-07T09:00:00+08:00"), booked.getString("start"));
    }

    /** 自动排程 plans the other three; 确认排程 writes them. */
    private void solveAndCommit(long round) {
        find("#solver-start").click();
        browser.await(WAIT, "the solver runs", d -> {
            String status = find("#solver-status").getAttribute("data-status");
            return status != null ? status : null;
        });
        browser.await(SOLVER_WAIT, "the solver finishes",
                d -> "DONE".equals(find("#solver-status").getAttribute("data-status")) ? true : null);
        assertEquals("3", find("#solver-assigned").getText());
        assertFalse(browser.driver().findElements(By.cssSelector("#solver-preview .plan-panel li")).isEmpty(),
                "the plan is shown per day and panel");
        WebElement commit = find("#solver-commit");
        assertTrue(commit.isEnabled());
        commit.click();
        awaitText("#solver-created", "3");
        await("every defense in the calendar", d -> calendarSlots() == 4 ? true : null);
        await("nobody waits", d -> statValue("#schedule-stats", "unscheduled") == 0 ? true : null);
        assertEquals(4, statValue("#schedule-stats", "scheduled"));
        assertEquals(0, Api.secretary().get("/api/defenses/unscheduled?roundId=" + round).array().size());
        assertEquals(4, Api.secretary().get("/api/defenses?roundId=" + round).array().size());
        scrollTo(".solver");
        browser.screenshot("console-schedule");
    }

    /** 调整 moves a defense to another day; the calendar gains that day's row. */
    private void moveOne(long round, String name) {
        WebElement slot = browser.driver().findElements(By.cssSelector("#calendar .slot")).stream()
                .filter(s -> s.getText().contains(name)).findFirst().orElseThrow();
        long id = Long.parseLong(slot.getAttribute("data-defense"));
        slot.findElement(By.xpath(".//button[text()='调整']")).click();
        await("the move dialog", d -> visible(d, "#move-dialog input[name='date']"));
        setValue("#move-dialog input[name='date']", Dates.shifted("2026-12-08"));
        setValue("#move-dialog input[name='time']", "14:30");
        find("#move-dialog button[type='submit']").click();
        await("the dialog closes", d -> visible(d, "#move-dialog") == null ? true : null);
        await("the new day in the calendar", d -> find("#calendar").getText().contains(Dates.shifted("2026-12-08")) ? true : null);
        assertEquals(Dates.shifted("2026-12-08T14:30:00+08:00"), Api.secretary().get("/api/defenses/" + id).json().getString("start"));
        assertEquals(4, calendarSlots());
    }

    private void showJoinNotice() {
        find("#calendar [data-action='join-link']").click();
        WebElement url = await("the notice with the personal link", d -> visible(d, "#notices .notice input"));
        String link = url.getAttribute("value");
        assertTrue(link.contains("/defense.html?d=") && link.contains("#join="), link);
        String notice = find("#notices .notice").getText();
        assertTrue(notice.contains("答辩通知") && notice.contains("答辩编号") && notice.contains(Dates.shifted("2026-12-07").substring(0, 8)), notice);
        assertTrue(find("#print-notices").isEnabled());
    }

    /**
     * The dashboard counts the round; 进入会场 opens the room in a new tab, where the secretary
     * holds the vote with four members present: one VETO fails the defense.
     */
    private long dashboardAndRoom(long round, String name, List<String> usernames, List<RoomClient> sockets) {
        go("dashboard", "#all-defenses");
        assertEquals(4, statValue("#summary-stats", "scheduled"));
        assertEquals(0, statValue("#summary-stats", "unscheduled"));
        assertEquals("4", find("#stage-counts dd[data-stage='SCHEDULED']").getText());
        assertEquals("4", find("#outcome-counts dd[data-outcome='PENDING']").getText());
        assertEquals(4, tableRows("#all-defenses"));
        browser.screenshot("console-dashboard");

        long defense = Api.secretary().get("/api/defenses?roundId=" + round).array().getValuesAs(JsonObject.class)
                .stream().filter(d -> d.getString("start").equals(Dates.shifted("2026-12-07T09:00:00+08:00"))).findFirst()
                .orElseThrow().getJsonNumber("id").longValue();
        WebDriver driver = browser.driver();
        String console = driver.getWindowHandle();
        find("[data-action='enter-room'][data-defense='" + defense + "']").click();
        String room = await("a new tab", d -> d.getWindowHandles().stream().filter(h -> !h.equals(console))
                .findFirst().orElse(null));
        driver.switchTo().window(room);
        WebElement join = await("the room's join button", d -> {
            List<WebElement> found = d.findElements(By.cssSelector("[data-action='join']"));
            return !found.isEmpty() && found.get(0).isEnabled() ? found.get(0) : null;
        });
        assertTrue(driver.getCurrentUrl().contains("/defense.html?d=" + defense), driver.getCurrentUrl());
        join.click();
        await("the secretary is in the room", d -> "connected".equals(browser.bodyAttribute("data-connection"))
                ? true : null);

        for (String username : usernames.subList(0, 4)) {
            Api.Reply ticket = Api.as(username, MEMBER_PASSWORD).post("/api/defenses/" + defense + "/ticket",
                    new byte[0], null);
            assertEquals(201, ticket.status(), ticket::toString);
            RoomClient member = RoomClient.connect(defense, ticket.json().getString("ticket"));
            sockets.add(member);
            member.await("welcome");
        }
        await("four members present", d -> Api.secretary().get("/api/defenses/" + defense + "/presence").json()
                .getJsonArray("present").size() == 5 ? true : null);
        sockets.add(admittedApplicant(defense));
        find("[data-action='stage'][data-stage='VOTING']").click();
        await("voting is open", d -> "VOTING".equals(browser.bodyAttribute("data-stage")) ? true : null);
        for (int i = 0; i < 4; i++) {
            String body = i == 3 ? "{\"decision\":\"VETO\",\"reason\":\"" + VETO_REASON + "\"}"
                    : "{\"decision\":\"PASS\"}";
            Api.Reply vote = Api.as(usernames.get(i), MEMBER_PASSWORD).post("/api/defenses/" + defense + "/votes", body);
            assertEquals(201, vote.status(), vote::toString);
        }
        // While voting, the room closes through the vote panel's 结束投票, which asks first.
        await("the secretary may close the vote", d -> {
            var close = d.findElements(By.cssSelector("[data-action='close-voting']"));
            return !close.isEmpty() && close.get(0).isDisplayed() ? close.get(0) : null;
        }).click();
        await("closing asks first", d -> {
            var confirm = d.findElements(By.cssSelector("[data-action='confirm-close-voting']"));
            return !confirm.isEmpty() && confirm.get(0).isDisplayed() ? confirm.get(0) : null;
        }).click();
        await("the defense is closed", d -> "CLOSED".equals(Api.secretary().get("/api/defenses/" + defense).json()
                .getString("stage")) ? true : null);
        driver.close();
        driver.switchTo().window(console);
        return defense;
    }

    /** The applicant enters by their personal link and is admitted: voting opens only after that. */
    private static RoomClient admittedApplicant(long defense) {
        Api.Reply link = Api.secretary().post("/api/defenses/" + defense + "/join-link", new byte[0], null);
        assertEquals(201, link.status(), link::toString);
        String token = java.net.URI.create(link.json().getString("url")).getFragment().substring("join=".length());
        Api.secretary().post("/api/defenses/" + defense + "/stage", "{\"stage\":\"LOBBY\"}");
        Api.Reply ticket = Api.anonymous().post("/api/defenses/" + defense + "/ticket",
                "{\"joinToken\":\"" + token + "\"}");
        assertEquals(201, ticket.status(), ticket::toString);
        RoomClient applicant = RoomClient.connect(defense, ticket.json().getString("ticket"));
        applicant.await("welcome");
        Defenses.verifyIdentity(defense);
        Api.Reply admitted = Api.secretary().post("/api/defenses/" + defense + "/admit", new byte[0], null);
        assertEquals(200, admitted.status(), admitted::toString);
        applicant.await("admitted");
        return applicant;
    }

    /** The results screen lists every outcome; with all closed, 发布结果 publishes them. */
    private void results(long round, long defense) {
        go("results", "#outcomes-table");
        assertEquals(4, tableRows("#outcomes-table"));
        WebElement audit = find("#audit-status .audit");
        assertEquals("true", audit.getAttribute("data-valid"), audit.getText());
        assertShowsAChainHead(find("#audit-head").getText());
        String row = rowOf("#outcomes-table", "手动排程");
        assertTrue(row.contains("未通过"), row);
        assertEquals(1, statValue("#outcome-stats", "FAILED"));

        find("#publish-button").click();
        browser.driver().switchTo().alert().accept();
        awaitText("#publish-message", "尚未结束");
        for (JsonObject d : Api.secretary().get("/api/defenses?roundId=" + round).array()
                .getValuesAs(JsonObject.class)) {
            if (d.getJsonNumber("id").longValue() != defense) {
                Api.Reply closed = Api.secretary().post("/api/defenses/" + d.getJsonNumber("id") + "/stage",
                        "{\"stage\":\"CLOSED\"}");
                assertEquals(200, closed.status(), closed::toString);
            }
        }
        go("dashboard", "#all-defenses");
        go("results", "#outcomes-table");
        assertEquals(3, statValue("#outcome-stats", "ABSENT"), "closed without the applicant ever admitted");
        redefendOne(round);
        go("results", "#outcomes-table");
        assertEquals(4, tableRows("#outcomes-table"), "one line per applicant, their latest defense");
        find("#publish-button").click();
        browser.driver().switchTo().alert().accept();
        await("published", d -> visible(d, "#published-at"));
        assertFalse(find("#publish-button").isEnabled());
        JsonObject results = Api.secretary().get("/api/rounds/" + round + "/results").json();
        assertFalse(results.isNull("publishedAt"));
        assertTrue(find("#publication").getText().contains(results.getString("head")));
        browser.screenshot("console-results");
    }

    /**
     * An ABSENT applicant is listed again with their earlier defense and booked anew (重新安排); the
     * new defense names the old one. It ends ABSENT too, so that the round can be published.
     */
    private void redefendOne(long round) {
        go("schedule", "#unscheduled-table");
        await("the absent applicants are listed again", d -> tableRows("#unscheduled-table") == 3 ? true : null);
        assertTrue(find("#unscheduled-table").getText().contains("缺席"), find("#unscheduled-table").getText());
        List<java.time.OffsetDateTime> taken = Api.secretary().get("/api/defenses?roundId=" + round).array()
                .getValuesAs(JsonObject.class).stream()
                .map(d -> java.time.OffsetDateTime.parse(d.getString("start"))).toList();
        String free = java.util.stream.Stream.of("2026-12-11T17:00", "2026-12-11T15:30", "2026-12-08T17:00",
                        "2026-12-09T17:00").map(Dates::shifted)
                .filter(t -> taken.stream().noneMatch(b -> Math.abs(java.time.Duration.between(b,
                        java.time.OffsetDateTime.parse(t + ":00+08:00")).toMinutes()) < 40))
                .findFirst().orElseThrow();
        Select applicant = new Select(find("#schedule-applicant"));
        applicant.selectByIndex(1);
        setValue("#schedule-date", free.substring(0, 10));
        setValue("#schedule-time", free.substring(11));
        find("#schedule-form button[type='submit']").click();
        awaitText("#schedule-message", "已安排第");
        JsonObject again = Api.secretary().get("/api/defenses?roundId=" + round).array()
                .getValuesAs(JsonObject.class).stream()
                .filter(d -> d.containsKey("previousDefenseId") && !d.isNull("previousDefenseId"))
                .findFirst().orElseThrow(() -> new AssertionError("no defense names an earlier one"));
        Api.Reply closed = Api.secretary().post("/api/defenses/" + again.getJsonNumber("id") + "/stage",
                "{\"stage\":\"CLOSED\"}");
        assertEquals(200, closed.status(), closed::toString);
    }

    /** The result sheet shows the outcome, the tally, each vote with its reason and the audit head. */
    private void resultSheet(long defense) {
        WebDriver driver = browser.driver();
        String console = driver.getWindowHandle();
        find("#outcomes-table a[data-result='" + defense + "']").click();
        String sheet = await("the result sheet tab", d -> d.getWindowHandles().stream()
                .filter(h -> !h.equals(console)).findFirst().orElse(null));
        driver.switchTo().window(sheet);
        WebElement outcome = await("the outcome", d -> visible(d, "#sheet-outcome"));
        assertTrue(driver.getCurrentUrl().contains("result.html?d=" + defense));
        assertEquals("FAILED", outcome.getAttribute("data-outcome"));
        assertTrue(outcome.getText().contains("未通过"));
        assertEquals(4, driver.findElements(By.cssSelector("#sheet-votes tbody tr")).size());
        String votes = find("#sheet-votes").getText();
        assertTrue(votes.contains(VETO_REASON) && votes.contains("否决"), votes);
        String tally = find("#sheet-tally").getText();
        assertTrue(tally.contains("法定人数\n4") || tally.contains("法定人数 4"), tally);
        assertTrue(find("#sheet-name").getText().startsWith("手动排程"));
        assertShowsAChainHead(find("#audit-head").getText());
        assertTrue(find("#print-button").isEnabled());
        browser.screenshot("console-result-sheet");
        driver.close();
        driver.switchTo().window(console);
    }

    private void signOut() {
        find("nav button").click();
        await("the sign-in form again", d -> visible(d, "form input[name='username']"));
        Object status = browser.asyncScript("const done = arguments[arguments.length - 1];"
                + " fetch('/api/session').then(r => done(r.status), () => done(0));");
        assertEquals(401L, ((Number) status).longValue(), "the session has ended");
    }

    /** A member signs in to their home, where a closed defense's room is refused with the reason. */
    private void memberHome(String username, long closedDefense) {
        long upcoming = upcomingDefenseOf(username);
        fill("input[name='username']", username);
        fill("input[name='password']", MEMBER_PASSWORD);
        find("form button[type='submit']").click();
        awaitText("#member-welcome", username);
        assertTrue(browser.driver().findElements(By.cssSelector("nav a[data-route]")).stream()
                .noneMatch(WebElement::isDisplayed), "members see no secretariat screens");
        declareRecusal(username, upcoming);
        fill("#member-defense-id", Long.toString(closedDefense));
        String console = browser.driver().getWindowHandle();
        find("#member-room-form button[type='submit']").click();
        awaitText("#member-message", "答辩已结束");
        await("no tab is left open", d -> d.getWindowHandles().size() == 1 ? true : null);
        browser.driver().switchTo().window(console);
        find("#signout-button").click();
        await("signed out", d -> visible(d, "form input[name='username']"));
    }

    /** A defense still to come on a panel of the member's, in a round of its own, to stand down from. */
    private static long upcomingDefenseOf(String username) {
        List<Long> members = new ArrayList<>(List.of(memberId(username)));
        long round = Fixtures.round();
        for (int i = 0; i < 4; i++) {
            members.add(Fixtures.member("回避专家单位" + i));
        }
        long panel = Fixtures.panel(round, List.of("ENG11"), members);
        long applicant = Fixtures.applicant(Fixtures.applicantBody(round, "SENIOR"));
        Api.Reply booked = Api.secretary().post("/api/defenses", Dates.shifted(
                "{\"applicantId\":%d,\"panelId\":%d,\"start\":\"2026-12-16T15:00:00+08:00\"}".formatted(applicant, panel)));
        assertEquals(201, booked.status(), booked::toString);
        return booked.id();
    }

    private static long memberId(String username) {
        return Api.secretary().get("/api/members").array().getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getString("username").equals(username)).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }

    /** The member stands down from the defense on their home page, giving the reason asked for. */
    private void declareRecusal(String username, long defense) {
        String button = "button[data-recuse-defense='" + defense + "']";
        await("the defense the member may stand down from", d -> visible(d, button)).click();
        await("the reason asked for", d -> visible(d, "#recusal-dialog textarea[name='reason']"));
        find("#recusal-dialog button[type='submit']").click();
        awaitText("#recusal-dialog .message", "请填写原因");
        fill("#recusal-dialog textarea[name='reason']", "与该申报人曾在同一项目组共事");
        find("#recusal-dialog button[type='submit']").click();
        awaitText("#member-message", "已登记回避");
        assertTrue(browser.driver().findElements(By.cssSelector(button)).isEmpty(), "no second recusal is offered");
        JsonObject stored = Api.secretary().get("/api/defenses/" + defense).json();
        long member = memberId(username);
        assertTrue(stored.getJsonArray("eligibleMemberIds").stream().noneMatch(id -> id.toString()
                .equals(Long.toString(member))), "the member stands down: " + stored);
    }

    // ---- helpers ----

    private static int readyStatus() {
        try {
            return Api.anonymous().get("/health/ready").status();
        } catch (java.io.UncheckedIOException e) {
            return 0;
        }
    }

    /** On a busy machine the application may still be starting when the server is up. */
    private static void awaitReady() {
        long deadline = System.currentTimeMillis() + Duration.ofMinutes(3).toMillis();
        while (readyStatus() != 200) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("Viva did not become ready");
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /** The page shows a head the chain really had: room events may have added to it since. */
    private static void assertShowsAChainHead(String head) {
        assertTrue(head.matches("[0-9a-f]{64}"), head);
        JsonObject verdict = Api.secretary().get("/api/audit/verify?head=" + head).json();
        assertTrue(verdict.getBoolean("valid") && verdict.getBoolean("continues"), verdict::toString);
    }

    private void go(String route, String ready) {
        find("nav a[data-route='" + route + "']").click();
        await(route + " is shown", d -> "page".equals(find("nav a[data-route='" + route + "']")
                .getAttribute("aria-current")) && visible(d, ready) != null ? true : null);
    }

    private <T> T await(String what, Function<WebDriver, T> condition) {
        return browser.await(WAIT, what, condition);
    }

    private void awaitText(String css, String text) {
        await(css + " says " + text, d -> {
            WebElement el = visible(d, css);
            return el != null && el.getText().contains(text) ? true : null;
        });
    }

    private WebElement find(String css) {
        return browser.driver().findElement(By.cssSelector(css));
    }

    private static WebElement visible(WebDriver driver, String css) {
        List<WebElement> found = driver.findElements(By.cssSelector(css));
        return !found.isEmpty() && found.get(0).isDisplayed() ? found.get(0) : null;
    }

    private void fill(String css, String value) {
        WebElement el = find(css);
        el.clear();
        el.sendKeys(value);
    }

    /** Date and time inputs take their value by script: typing into them depends on the locale. */
    private void setValue(String css, String value) {
        browser.script("const e = arguments[0]; e.value = arguments[1];"
                + " e.dispatchEvent(new Event('input', {bubbles: true}));"
                + " e.dispatchEvent(new Event('change', {bubbles: true}));", find(css), value);
    }

    private void scrollTo(String css) {
        browser.script("const e = arguments[0]; (e.closest('.card') || e).scrollIntoView({block: 'start'});", find(css));
    }

    private String selectedRoundText() {
        return new Select(find("#round-select")).getFirstSelectedOption().getText();
    }

    private int statValue(String stats, String name) {
        return Integer.parseInt(find(stats + " [data-stat='" + name + "'] .stat-value").getText().trim());
    }

    /** Rows with data: an empty table's single placeholder row does not count. */
    private int tableRows(String table) {
        return (int) browser.driver().findElements(By.cssSelector(table + " tbody tr")).stream()
                .filter(r -> r.findElements(By.cssSelector("td.empty")).isEmpty()).count();
    }

    private int calendarSlots() {
        return browser.driver().findElements(By.cssSelector("#calendar .slot")).size();
    }

    private String rowOf(String table, String text) {
        return browser.driver().findElements(By.cssSelector(table + " tbody tr")).stream().map(WebElement::getText)
                .filter(t -> t.contains(text)).findFirst().orElseThrow(() -> new AssertionError(text + " not in "
                        + table));
    }
}
