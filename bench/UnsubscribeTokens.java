import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Reads account ids (one a line) and prints the unsubscribe path of each for the newsletter,
 * computed as the application does (dev.custodian.communication.UnsubscribeTokens) with the secret
 * in CUSTODIAN_SECRET. Run: java bench/UnsubscribeTokens.java < ids > paths
 */
public class UnsubscribeTokens {

    public static void main(String[] args) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(
                new SecretKeySpec(
                        System.getenv("CUSTODIAN_SECRET").getBytes(StandardCharsets.UTF_8),
                        "HmacSHA256"));
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        BufferedReader ids =
                new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        StringBuilder out = new StringBuilder();
        for (String line = ids.readLine(); line != null; line = ids.readLine()) {
            if (line.isBlank()) {
                continue;
            }
            UUID id = UUID.fromString(line.strip());
            String account =
                    base64.encodeToString(
                            ByteBuffer.allocate(16)
                                    .putLong(id.getMostSignificantBits())
                                    .putLong(id.getLeastSignificantBits())
                                    .array());
            String value = "newsletter." + account;
            mac.update("unsubscribe".getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            String signature =
                    base64.encodeToString(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
            out.append("/unsubscribe/").append(value).append('.').append(signature).append('\n');
        }
        System.out.print(out);
    }
}
