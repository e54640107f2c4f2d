package dev.custodian.testing;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;

/**
 * HTTP/1.1 over a plain socket to the application, for requests that HTTP clients refuse to send.
 */
public final class RawHttp {

    private RawHttp() {}

    /**
     * Sends the request's head (its lines, each ending in CRLF, without the blank line that ends
     * it) and body, and returns all that comes back until the server closes the connection.
     */
    public static String exchange(String head, byte[] body) throws IOException {
        try (Socket socket = new Socket("localhost", TestPorts.HTTP)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write((head + "\r\n").getBytes(ISO_8859_1));
            out.write(body);
            out.flush();
            return new String(socket.getInputStream().readAllBytes(), UTF_8);
        }
    }
}
