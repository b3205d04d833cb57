package it.viva.support;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;

/** Defense pages in Chromium: entering one, and waiting until video arrives from everyone else. */
public final class RoomPages {

    /** Per remote camera video (a shared screen left out): its participant, width, and inbound video bytes from its connection. */
    private static final String VIDEO_STATE = """
            const done = arguments[arguments.length - 1];
            const peers = window.vivaRoom ? window.vivaRoom.peers() : new Map();
            const videos = [...document.querySelectorAll('video[data-participant-id]:not([data-share])')];
            Promise.all(videos.map(async v => {
              const id = v.dataset.participantId;
              let bytes = 0;
              const pc = peers.get(id);
              if (pc) {
                (await pc.getStats()).forEach(r => {
                  if (r.type === 'inbound-rtp' && r.kind === 'video') bytes += r.bytesReceived || 0;
                });
              }
              return {id, role: v.dataset.role, width: v.videoWidth, bytes};
            })).then(done, e => done([]));
            """;

    /** The shared screen of a participant: its width and playback position, or null while there is none. */
    private static final String SCREEN_STATE = """
            const v = document.querySelector("video[data-share='screen'][data-participant-id='" + arguments[0] + "']");
            return v ? {width: v.videoWidth, time: v.currentTime} : null;
            """;

    private RoomPages() {
    }

    /**
     * The defense page's address asking for the test hooks ({@code hooks=1}): only then does the page
     * load js/defense/hooks.js, which puts {@code window.vivaRoom} and {@code window.vivaTiming} on it.
     */
    public static String withHooks(String url) {
        int hash = url.indexOf('#');
        String address = hash < 0 ? url : url.substring(0, hash);
        String fragment = hash < 0 ? "" : url.substring(hash);
        return address + (address.contains("?") ? "&" : "?") + "hooks=1" + fragment;
    }

    /**
     * Opens the page with the test hooks, lets the device check find the fake camera, and presses the
     * join button.
     */
    public static Browser enter(List<Browser> browsers, String url, Duration wait) {
        Browser browser = Browser.start();
        browsers.add(browser);
        return join(browser, url, wait);
    }

    /**
     * The same for the secretary signed in as in the console (a session cookie), as the page's own
     * requests need: the identity check, the stills and the recording.
     */
    public static Browser enterSignedIn(List<Browser> browsers, String url, Duration wait, Api.Credentials who) {
        Browser browser = Browser.start();
        browsers.add(browser);
        browser.open(Api.BASE + "/result.html");
        Object status = browser.asyncScript("""
                const done = arguments[arguments.length - 1];
                fetch('/api/session', {method: 'POST', headers: {'Content-Type': 'application/json'},
                    credentials: 'same-origin', body: JSON.stringify({username: arguments[0], password: arguments[1]})})
                  .then(r => done(r.status), e => done(String(e)));
                """, who.username(), who.password());
        if (!Long.valueOf(200).equals(status)) {
            throw new AssertionError("signing in from the page answered " + status);
        }
        return join(browser, url, wait);
    }

    private static Browser join(Browser browser, String url, Duration wait) {
        browser.open(withHooks(url.replaceFirst("^https?://[^/]+", Api.BASE)));
        var join = browser.await(wait, "the join button is ready", d -> {
            var button = d.findElement(By.cssSelector("[data-action='join']"));
            return button.isEnabled() ? button : null;
        });
        join.click();
        return browser;
    }

    @SuppressWarnings("unchecked")
    public static void awaitVideoFromAll(Browser page, int remotes, Duration wait) {
        page.await(wait, "video arrives from " + remotes + " participants", d -> {
            List<Map<String, Object>> videos = (List<Map<String, Object>>) page.asyncScript(VIDEO_STATE);
            long flowing = videos.stream()
                    .filter(v -> ((Number) v.get("width")).intValue() > 0 && ((Number) v.get("bytes")).longValue() > 0)
                    .count();
            return flowing >= remotes && videos.size() == remotes ? Boolean.TRUE : null;
        });
    }

    public static boolean hasScreen(Browser page, String sharer) {
        return page.script(SCREEN_STATE, sharer) != null;
    }

    /** Waits until the sharer's screen is live on the page: it has a size and its playback moves on. */
    @SuppressWarnings("unchecked")
    public static void awaitLiveScreen(Browser page, String sharer, Duration wait) {
        double[] first = {-1};
        page.await(wait, "the screen shared by " + sharer + " plays", d -> {
            Map<String, Object> state = (Map<String, Object>) page.script(SCREEN_STATE, sharer);
            if (state == null || ((Number) state.get("width")).intValue() == 0) {
                return null;
            }
            double time = ((Number) state.get("time")).doubleValue();
            if (first[0] < 0) {
                first[0] = time;
                return null;
            }
            return time > first[0] ? Boolean.TRUE : null;
        });
    }

    /** The secretary's, a member's and the admitted applicant's pages. */
    public record Meeting(Browser secretary, Browser member, Browser applicant) {

        public List<Browser> all() {
            return List.of(secretary, member, applicant);
        }
    }

    /**
     * The secretary and a member enter, the applicant enters by the join link and is admitted from
     * the secretary's page; returns once every page receives video from the two others.
     */
    public static Meeting meet(List<Browser> browsers, Defenses.Setup setup, Duration wait) {
        Browser secretary = enter(browsers, setup.ticketUrl(Api.secretary()), wait);
        Browser member = enter(browsers, setup.ticketUrl(setup.member()), wait);
        setup.openLobby();
        String joinUrl = Api.secretary().post("/api/defenses/" + setup.defense() + "/join-link", new byte[0], null)
                .json().getString("url");
        Browser applicant = enter(browsers, joinUrl, wait);
        secretary.await(wait, "the secretary sees the applicant waiting",
                d -> !d.findElements(By.cssSelector("[data-admit]")).isEmpty());
        setup.verifyIdentity();
        secretary.driver().findElement(By.cssSelector("[data-admit]")).click();
        Meeting meeting = new Meeting(secretary, member, applicant);
        for (Browser page : meeting.all()) {
            awaitVideoFromAll(page, 2, wait);
        }
        return meeting;
    }
}
