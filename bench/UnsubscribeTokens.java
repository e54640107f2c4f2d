import dev.custodian.communication.Category;
import dev.custodian.secrets.Secrets;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Reads account ids (one a line) and prints the unsubscribe path of each for the newsletter, made
 * by the application's own dev.custodian.communication.UnsubscribeTokens with the secret in
 * CUSTODIAN_SECRET. Run after ./mvnw package, with the application's classes on the class path:
 * java -cp "target/classes:target/quarkus-app/lib/main/*" bench/UnsubscribeTokens.java < ids >
 * paths
 */
public class UnsubscribeTokens {

    public static void main(String[] args) throws Exception {
        var tokens =
                new dev.custodian.communication.UnsubscribeTokens(
                        Secrets.of(System.getenv("CUSTODIAN_SECRET")));
        BufferedReader ids =
                new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        StringBuilder out = new StringBuilder();
        for (String line = ids.readLine(); line != null; line = ids.readLine()) {
            if (!line.isBlank()) {
                UUID id = UUID.fromString(line.strip());
                out.append("/unsubscribe/")
                        .append(tokens.create(id, new Category("newsletter")))
                        .append('\n');
            }
        }
        System.out.print(out);
    }
}
