package dev.custodian.testing;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTTP/1.1 over a plain socket to the application, for requests that HTTP clients refuse to send.
 */
public final class RawHttp {

    private static final Pattern CONTENT_LENGTH =
            Pattern.compile("\r\ncontent-length: *(\\d+)\r\n");

    private RawHttp() {}

    /**
     * Sends the request's head (its lines, each ending in CRLF, without the blank line that ends
     * it) and body, and returns the answer: up to the end of the body its length announces, or else
     * all that comes until the server closes the connection.
     */
    public static String exchange(String head, byte[] body) throws IOException {
        try (Socket socket = new Socket("localhost", TestPorts.HTTP)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write((head + "\r\n").getBytes(ISO_8859_1));
            out.write(body);
            out.flush();
            return read(socket.getInputStream());
        }
    }

    private static String read(InputStream in) throws IOException {
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        boolean headRead = false;
        // until the server closes, unless the head says how long the answer is
        long expected = Long.MAX_VALUE;
        for (int n; received.size() < expected && (n = in.read(buffer)) >= 0; ) {
            received.write(buffer, 0, n);
            String sofar = received.toString(ISO_8859_1);
            int headEnd = sofar.indexOf("\r\n\r\n");
            if (!headRead && headEnd >= 0) {
                headRead = true;
                Matcher length =
                        CONTENT_LENGTH.matcher(
                                sofar.substring(0, headEnd + 2).toLowerCase(Locale.ROOT));
                if (length.find()) {
                    expected = headEnd + 4 + Long.parseLong(length.group(1));
                }
            }
        }
        return received.toString(UTF_8);
    }
}
