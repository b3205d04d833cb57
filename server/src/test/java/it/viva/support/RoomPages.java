package it.viva.support;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;

/** Defense pages in Chromium: entering one, and waiting until video arrives from everyone else. */
public final class RoomPages {

    /** Per remote video: its participant, width, and inbound video bytes from its connection. */
    private static final String VIDEO_STATE = """
            const done = arguments[arguments.length - 1];
            const peers = window.vivaRoom ? window.vivaRoom.peers() : new Map();
            const videos = [...document.querySelectorAll('video[data-participant-id]')];
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
}
