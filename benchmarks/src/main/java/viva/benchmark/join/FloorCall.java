package viva.benchmark.join;

import it.viva.support.Browser;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import viva.benchmark.Parallel;

/**
 * The floor of join to video: the same browsers open the bare call of the floor WAR
 * ({@code /floor/join.html}), wait for the camera, press join together, and are timed from the
 * click to each remote video's first frame, as Viva's pages are.
 */
final class FloorCall {

    private final String base;
    private final Duration timeout;
    private int call;

    FloorCall(String base, Duration timeout) {
        this.base = base;
        this.timeout = timeout;
    }

    List<JoinToVideo.PageJoin> once(List<Browser> browsers, ExecutorService pool) throws Exception {
        awaitDeployed();
        call++;
        List<String> ids = IntStream.range(0, browsers.size()).mapToObj(i -> "c" + call + "p" + i).toList();
        String peers = String.join(",", ids);
        List<Callable<WebElement>> opening = new ArrayList<>();
        for (int i = 0; i < browsers.size(); i++) {
            Browser page = browsers.get(i);
            String url = base + "/floor/join.html?id=" + ids.get(i) + "&peers=" + peers;
            opening.add(() -> {
                page.open(url);
                return page.await(timeout, "the floor page opens the camera", d -> {
                    WebElement join = d.findElement(By.id("join"));
                    return join.isEnabled() ? join : null;
                });
            });
        }
        List<WebElement> joins = Parallel.all(pool, opening);
        CyclicBarrier together = new CyclicBarrier(browsers.size());
        Parallel.all(pool, joins.stream().<Callable<Void>>map(join -> () -> {
            together.await();
            join.click();
            return null;
        }).toList());
        int remotes = browsers.size() - 1;
        List<JoinToVideo.PageJoin> result = Parallel.all(pool, browsers.stream()
                .<Callable<JoinToVideo.PageJoin>>map(page -> () -> {
                    page.await(timeout, "every remote video of the floor call shows a frame", d -> {
                        Object n = page.script("return Object.keys(window.vivaTiming.firstFrames()).length;");
                        return ((Number) n).intValue() >= remotes ? Boolean.TRUE : null;
                    });
                    double joinAt = ((Number) page.script("return window.vivaTiming.joinAt();")).doubleValue();
                    @SuppressWarnings("unchecked")
                    Map<String, Object> frames = (Map<String, Object>) page.script(
                            "return window.vivaTiming.firstFrames();");
                    return new JoinToVideo.PageJoin(frames.values().stream()
                            .map(v -> (((Number) v).doubleValue() - joinAt) / 1000).sorted()
                            .collect(Collectors.toList()));
                }).toList());
        for (Browser page : browsers) {
            page.open("about:blank");
        }
        return result;
    }

    /** The floor WAR is in dropins: Liberty may start it a moment after Viva. */
    private void awaitDeployed() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest probe = HttpRequest.newBuilder(URI.create(base + "/floor/join.html"))
                .timeout(Duration.ofSeconds(5)).GET().build();
        long until = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        int status = 0;
        while (System.nanoTime() < until) {
            try {
                status = http.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status == 200) {
                    return;
                }
            } catch (java.io.IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the floor WAR did not answer within 120 s (last status " + status + ")");
    }
}
