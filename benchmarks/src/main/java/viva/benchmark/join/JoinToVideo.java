package viva.benchmark.join;

import it.viva.support.Api;
import it.viva.support.Browser;
import it.viva.support.Defenses;
import it.viva.support.RoomPages;
import it.viva.support.RoomClient;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import viva.benchmark.Outcome;
import viva.benchmark.Parallel;
import viva.benchmark.Ratio;
import viva.benchmark.ServerProbe;
import viva.benchmark.Stats;

/**
 * How fast a room comes alive: five headless Chromium pages (the secretary and four members) open
 * the defense page, pass the device check (fake camera and microphone, open before anyone joins),
 * and press join together. For each page, the time from its click to the first frame presented by
 * each remote {@code <video>} (requestVideoFrameCallback), as the page's js/defense/timing.js
 * records them. Whatever the server negotiates (mesh between pages, or a media server) is
 * measured the same way; the kind is the welcome's {@code media}.
 *
 * <p>System properties ({@code join.*}): {@code runs} (default 10, per page count), {@code pages} (page
 * counts, default "2,5"), {@code floor} (default true: each run followed by the floor's, FloorCall),
 * {@code timeoutSeconds} (per run, default 60), {@code goalMeshSeconds} (0.5),
 * {@code goalKmsSeconds} (0.8).
 */
public final class JoinToVideo {

    /** One page's join: seconds from its click to the first frame of each remote video. */
    record PageJoin(List<Double> remoteSeconds) {

        double first() {
            return remoteSeconds.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
        }

        double all() {
            return remoteSeconds.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
        }
    }

    /** What a page shows, for a failure message. */
    private static final String STATE = "return JSON.stringify({connection: document.body.dataset.connection,"
            + " frames: window.vivaTiming.firstFrames(), videos: [...document.querySelectorAll("
            + "'video[data-participant-id]')].map(v => [v.dataset.participantId, v.readyState, v.videoWidth,"
            + " Boolean(v.srcObject), v.paused])});";

    /** Page counts, each measured in its own runs: e.g. "2,5". */
    private final List<Integer> pageCounts = java.util.Arrays.stream(System.getProperty("join.pages", "2,5")
            .split(",")).map(String::strip).map(Integer::valueOf).toList();
    private final int runs = Integer.getInteger("join.runs", 10);
    /** Whether each run is followed by the floor's run in the same browsers (FloorCall). */
    private final boolean floor = Boolean.parseBoolean(System.getProperty("join.floor", "true"));
    private final Duration timeout = Duration.ofSeconds(Integer.getInteger("join.timeoutSeconds", 60));
    /** The camera as the pages captured it (track settings), for the report. */
    private String camera = "unknown";
    private final ExecutorService pool = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "join-page");
        t.setDaemon(true);
        return t;
    });

    public static void main(String[] args) throws Exception {
        // The benchmark server has this build's environment: with KMS_URL it negotiates through the KMS.
        String kmsUrl = System.getenv("KMS_URL");
        Outcome.record(kmsUrl == null || kmsUrl.isBlank() ? "join" : "join-kms", () -> new JoinToVideo().run());
    }

    /** One page count's runs: Viva's and, run for run, the floor's. */
    record Level(int pages, List<List<PageJoin>> viva, List<List<PageJoin>> floor, List<Double> loads) {
    }

    private void run() throws Exception {
        int pages = pageCounts.stream().mapToInt(Integer::intValue).max().orElse(0);
        if (pageCounts.stream().anyMatch(n -> n < 2 || n > 6)) {
            throw new IllegalArgumentException("join.pages are 2 to 6 (the secretary and up to five members)");
        }
        ServerProbe.awaitReady(Api.BASE, Duration.ofMinutes(4));
        Defenses.Setup defense = Defenses.scheduled();
        List<Api> who = new ArrayList<>();
        who.add(Api.secretary());
        who.addAll(defense.memberApis().subList(0, pages - 1));
        String media = mediaKind(defense);
        List<Browser> browsers = all(who.stream().<Callable<Browser>>map(w -> Browser::start).toList());
        List<Level> levels = new ArrayList<>();
        FloorCall bare = new FloorCall(Api.BASE, timeout);
        try {
            for (int n : pageCounts) {
                Level level = new Level(n, new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
                levels.add(level);
                for (int r = 0; r < runs; r++) {
                    level.loads().add(ServerProbe.loadAverage());
                    List<PageJoin> run = once(defense, who.subList(0, n), browsers.subList(0, n));
                    level.viva().add(run);
                    print("Viva", n, r, run);
                    if (floor) {
                        List<PageJoin> f = bare.once(browsers.subList(0, n), pool);
                        level.floor().add(f);
                        print("floor", n, r, f);
                    }
                }
            }
        } finally {
            browsers.forEach(Browser::close);
            pool.shutdownNow();
        }
        write(media, levels);
    }

    private void print(String who, int pages, int r, List<PageJoin> run) {
        System.out.printf(Locale.ROOT, "%s, %d pages, run %d/%d: every remote video live after %s s (per page),"
                        + " first frame after %s s%n", who, pages, r + 1, runs,
                run.stream().map(p -> String.format(Locale.ROOT, "%.2f", p.all())).toList(),
                run.stream().map(p -> String.format(Locale.ROOT, "%.2f", p.first())).toList());
    }

    /** The welcome's media kind, read by a socket of the member left out of the pages. */
    private static String mediaKind(Defenses.Setup defense) {
        try (RoomClient probe = RoomClient.connect(defense.defense(), defense.ticket(defense.memberApis().get(5)))) {
            return probe.await("welcome").getString("media", "mesh");
        }
    }

    private List<PageJoin> once(Defenses.Setup defense, List<Api> who, List<Browser> browsers) throws Exception {
        // Every page opens with its own ticket and checks its devices; join waits for all of them.
        List<Callable<WebElement>> opening = new ArrayList<>();
        for (int i = 0; i < browsers.size(); i++) {
            Browser page = browsers.get(i);
            // The page loads its timing hooks only when asked (hooks=1); no user gets them.
            String url = RoomPages.withHooks(defense.ticketUrl(who.get(i)));
            opening.add(() -> {
                page.open(url);
                return page.await(timeout, "the device check opens the camera and enables join", d -> {
                    WebElement join = d.findElement(By.cssSelector("[data-action='join']"));
                    Object camera = page.script("const v = document.getElementById('preview');"
                            + " return v && v.srcObject && v.videoWidth > 0;");
                    return join.isEnabled() && Boolean.TRUE.equals(camera) ? join : null;
                });
            });
        }
        List<WebElement> joins = all(opening);
        camera = String.valueOf(browsers.get(0).script("const s = document.getElementById('preview').srcObject"
                + ".getVideoTracks()[0].getSettings(); return s.width + '×' + s.height + ' at ' + s.frameRate"
                + " + ' frames/s';"));
        CyclicBarrier together = new CyclicBarrier(browsers.size());
        List<Callable<Void>> clicking = new ArrayList<>();
        for (WebElement join : joins) {
            clicking.add(() -> {
                together.await();
                join.click();
                return null;
            });
        }
        all(clicking);
        int remotes = browsers.size() - 1;
        List<Callable<PageJoin>> watching = new ArrayList<>();
        for (Browser page : browsers) {
            watching.add(() -> {
                try {
                    page.await(timeout, "every remote video shows a frame", d -> {
                        Object n = page.script("return Object.keys(window.vivaTiming.firstFrames()).length;");
                        return ((Number) n).intValue() >= remotes ? Boolean.TRUE : null;
                    });
                } catch (org.openqa.selenium.TimeoutException e) {
                    throw new IllegalStateException("not every remote video showed a frame within " + timeout
                            .toSeconds() + " s: " + page.script(STATE), e);
                }
                double joinAt = ((Number) page.script("return window.vivaTiming.joinAt();")).doubleValue();
                @SuppressWarnings("unchecked")
                Map<String, Object> frames = (Map<String, Object>) page.script(
                        "return window.vivaTiming.firstFrames();");
                return new PageJoin(frames.values().stream()
                        .map(v -> (((Number) v).doubleValue() - joinAt) / 1000).sorted().toList());
            });
        }
        List<PageJoin> result = all(watching);
        for (Browser page : browsers) {
            // Leave as a participant does (the server closes the socket), then an empty page.
            page.script("const b = document.querySelector('[data-action=\"leave\"]'); if (b) b.click();");
        }
        awaitEmpty(defense);
        for (Browser page : browsers) {
            page.open("about:blank");
        }
        return result;
    }

    private static void awaitEmpty(Defenses.Setup defense) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        Api.Reply presence = null;
        while (System.nanoTime() < until) {
            presence = Api.secretary().get("/api/defenses/" + defense.defense() + "/presence");
            if (presence.status() == 200 && presence.json().getJsonArray("present").isEmpty()) {
                return;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the pages did not leave the room within 60 s: " + presence);
    }

    private void write(String media, List<Level> levels) throws Exception {
        boolean kms = !"mesh".equals(media);
        String kmsUrl = System.getenv("KMS_URL");
        double goal = Double.parseDouble(kms ? System.getProperty("join.goalKmsSeconds", "0.8")
                : System.getProperty("join.goalMeshSeconds", "0.5"));
        double goalRatio = Double.parseDouble(kms ? System.getProperty("join.goalKmsRatio", "1.3")
                : System.getProperty("join.goalMeshRatio", "1.2"));
        String kind = kms ? "through a KMS" : "mesh";
        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "%d runs per page count; in each, the pages (the secretary and the"
                        + " members, each its own headless Chromium with a fake camera and microphone) open the"
                        + " page with a fresh ticket, wait for the device check to show the camera, and press"
                        + " join at the same moment. Media: `%s` (the welcome's `media`). A page's time runs from"
                        + " its click to the first frame presented by each remote `<video>`"
                        + " (requestVideoFrameCallback, recorded by `js/defense/timing.js`). The camera as"
                        + " captured: %s. The browsers and the server share the machine.%n%n", runs, media, camera));
        if (floor) {
            md.append("**Floor**: after each of Viva's runs, the same browsers open the bare call"
                    + " (`benchmarks-floor`, `join.html`): `RTCPeerConnection`s signalled through a relay socket"
                    + " that forwards each frame to the socket it names, deployed beside Viva in the benchmark"
                    + " server; no tickets, no room, no checks; the same camera settings, the camera opened"
                    + " before the click; the lower id offers. Ratio: Viva's median over the floor's median;"
                    + " per run, Viva's figure over the floor's of the same run.\n\n");
        }
        md.append("| pages | who | per run: median over pages, every remote video live, s | per run: median over"
                + " pages, first remote frame, s | all page joins: p50 / p90 / max, s | load average (1 min) |\n");
        md.append("|---|---|---|---|---|---|\n");
        StringBuilder goals = new StringBuilder();
        for (Level level : levels) {
            String loads = Stats.spread(level.loads().stream().mapToDouble(Double::doubleValue).toArray(), "%.1f");
            md.append(row(level.pages(), "Viva", level.viva(), loads));
            if (floor) {
                md.append(row(level.pages(), "floor", level.floor(), loads));
            }
            double[] allLive = perRun(level.viva(), PageJoin::all);
            double[] firstFrame = perRun(level.viva(), PageJoin::first);
            String measured = String.format(Locale.ROOT, "every remote video live: %s s; first remote frame: %s s",
                    Stats.spread(allLive, "%.2f"), Stats.spread(firstFrame, "%.2f"));
            String absolute = String.format(Locale.ROOT, "median ≤ %.1f s: %s", goal,
                    Stats.median(allLive) <= goal ? "met" : "**missed**");
            if (!floor) {
                goals.append(String.format(Locale.ROOT, "| Join to video, %s, %d pages | ≤ %.1f× floor (not run) |"
                        + " %s | | %s |%n", kind, level.pages(), goalRatio, measured, absolute));
                continue;
            }
            double[] floorLive = perRun(level.floor(), PageJoin::all);
            double[] floorFirst = perRun(level.floor(), PageJoin::first);
            double ratioLive = Stats.median(allLive) / Stats.median(floorLive);
            double ratioFirst = Stats.median(firstFrame) / Stats.median(floorFirst);
            goals.append(String.format(Locale.ROOT, "| Join to video, %s, %d pages, every remote video live"
                            + " | Viva %s s; floor %s s | %s | ≤ %.1f× floor | %s | %s |%n", kind, level.pages(),
                    Stats.spread(allLive, "%.2f"), Stats.spread(floorLive, "%.2f"),
                    Ratio.of(ratioLive, ratios(allLive, floorLive)), goalRatio,
                    ratioLive <= goalRatio ? "met" : "**missed**", absolute));
            goals.append(String.format(Locale.ROOT, "| Join to video, %s, %d pages, first remote frame"
                            + " | Viva %s s; floor %s s | %s | ≤ %.1f× floor | %s | |%n", kind, level.pages(),
                    Stats.spread(firstFrame, "%.2f"), Stats.spread(floorFirst, "%.2f"),
                    Ratio.of(ratioFirst, ratios(firstFrame, floorFirst)), goalRatio,
                    ratioFirst <= goalRatio ? "met" : "**missed**"));
        }
        md.append("\nEvery run, each page (s from click to each remote video's first frame):\n\n");
        for (Level level : levels) {
            for (int r = 0; r < level.viva().size(); r++) {
                md.append("- ").append(level.pages()).append(" pages, run ").append(r + 1).append(", Viva: ")
                        .append(pagesText(level.viva().get(r)));
                if (floor) {
                    md.append("; floor: ").append(pagesText(level.floor().get(r)));
                }
                md.append('\n');
            }
        }
        if (!kms) {
            goals.append(kmsUrl == null || kmsUrl.isBlank()
                    ? "| Join to video, through a KMS | | skipped: KMS_URL is unset | | | |\n"
                    : "| Join to video, through a KMS | | not measured: KMS_URL is set but the server"
                            + " negotiated mesh | | | |\n");
        }
        // Through a media server the outputs have names of their own, so that a page can show both kinds.
        String name = kms ? "join-kms" : "join";
        Files.writeString(Outcome.dir().resolve(name + ".md"), md.toString());
        Files.writeString(Outcome.dir().resolve(name + ".goal.md"), goals.toString());
    }

    private static String row(int pages, String who, List<List<PageJoin>> runs, String loads) {
        double[] pooled = runs.stream().flatMap(List::stream).mapToDouble(PageJoin::all).toArray();
        return String.format(Locale.ROOT, "| %d | %s | %s | %s | %.2f / %.2f / %.2f | %s |%n", pages, who,
                Stats.spread(perRun(runs, PageJoin::all), "%.2f"), Stats.spread(perRun(runs, PageJoin::first), "%.2f"),
                Stats.percentile(pooled, 0.5), Stats.percentile(pooled, 0.9), Stats.max(pooled), loads);
    }

    private static double[] perRun(List<List<PageJoin>> runs, java.util.function.ToDoubleFunction<PageJoin> f) {
        return runs.stream().mapToDouble(run -> Stats.median(run.stream().mapToDouble(f).toArray())).toArray();
    }

    private static double[] ratios(double[] viva, double[] floor) {
        double[] r = new double[Math.min(viva.length, floor.length)];
        for (int i = 0; i < r.length; i++) {
            r[i] = viva[i] / floor[i];
        }
        return r;
    }

    private static String pagesText(List<PageJoin> run) {
        return String.join("; ", run.stream().map(p -> p.remoteSeconds().stream()
                .map(v -> String.format(Locale.ROOT, "%.2f", v)).toList().toString()).toList());
    }

    private <T> List<T> all(List<Callable<T>> tasks) throws Exception {
        return Parallel.all(pool, tasks);
    }
}
