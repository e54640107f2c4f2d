import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Product updates through the API, for machines without wrk: {@code connections} threads each PUT
 * one request after another for {@code seconds}, a product of a random account of the file, to
 * ACTIVE or SUSPENDED at random; prints requests/s, non-2xx answers and latency percentiles. Usage:
 * java bench/ApiProducts.java base-url key accounts-file run seconds connections
 */
public class ApiProducts {

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String key = args[1];
        List<String> accounts = Files.readAllLines(Path.of(args[2]));
        String run = args[3];
        long seconds = Long.parseLong(args[4]);
        int connections = Integer.parseInt(args[5]);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        long[] failures = new long[1];
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < connections; t++) {
            Thread thread =
                    new Thread(
                            () -> {
                                ThreadLocalRandom random = ThreadLocalRandom.current();
                                while (System.nanoTime() < end) {
                                    int a = random.nextInt(accounts.size());
                                    String body =
                                            "{\"accountId\": \""
                                                    + accounts.get(a)
                                                    + "\", \"name\": \"Web hosting M\", "
                                                    + "\"kind\": \"Hosting\", \"status\": \""
                                                    + (random.nextBoolean()
                                                            ? "ACTIVE"
                                                            : "SUSPENDED")
                                                    + "\", \"startedOn\": \"2026-01-01\"}";
                                    HttpRequest request =
                                            HttpRequest.newBuilder(
                                                            URI.create(
                                                                    base
                                                                            + "/api/v1/products/"
                                                                            + run
                                                                            + "-"
                                                                            + a
                                                                            + "-"
                                                                            + (1
                                                                                    + random
                                                                                            .nextInt(
                                                                                                    4))))
                                                    .header("Authorization", "Bearer " + key)
                                                    .header("Content-Type", "application/json")
                                                    .PUT(HttpRequest.BodyPublishers.ofString(body))
                                                    .build();
                                    long start = System.nanoTime();
                                    try {
                                        int status =
                                                client.send(
                                                                request,
                                                                HttpResponse.BodyHandlers
                                                                        .discarding())
                                                        .statusCode();
                                        latencies.add(System.nanoTime() - start);
                                        if (status / 100 != 2) {
                                            synchronized (failures) {
                                                failures[0]++;
                                            }
                                        }
                                    } catch (Exception e) {
                                        throw new IllegalStateException(e);
                                    }
                                }
                            });
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf(
                "Requests/sec: %.1f  (%d requests in %d s, %d not 2xx)%n",
                sorted.size() / (double) seconds, sorted.size(), seconds, failures[0]);
        for (double p : new double[] {0.5, 0.9, 0.99}) {
            System.out.printf(
                    "  p%.0f latency %.1f ms%n",
                    p * 100, sorted.get((int) (p * (sorted.size() - 1))) / 1e6);
        }
    }
}
