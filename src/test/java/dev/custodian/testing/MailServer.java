package dev.custodian.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * GreenMail, a real SMTP server, in the test JVM on the port the test profile's mailer uses. Tests
 * start it, stop it to play an outage, and read what arrived for one recipient.
 */
public final class MailServer {

    private static final Pattern LINK =
            Pattern.compile(Pattern.quote(TestPorts.BASE_URL) + "(/\\S+)");
    private static final String HOLDER = "greenmail-of-the-tests";
    private static GreenMail server;
    private static Thread holder;

    private MailServer() {}

    public static synchronized void start() {
        if (server == null) {
            stopOtherCopies();
            server =
                    new GreenMail(
                            new ServerSetup(
                                    TestPorts.SMTP, "localhost", ServerSetup.PROTOCOL_SMTP));
            server.start();
            // start() can return before the socket answers; a mail sent then gets a 421.
            try {
                if (!server.getSmtp().waitTillRunning(10_000)) {
                    throw new IllegalStateException(
                            "GreenMail did not start on port " + TestPorts.SMTP);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            holder = new Thread(MailServer::holdUntilInterrupted, HOLDER);
            holder.setDaemon(true);
            holder.start();
        }
    }

    public static synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
        Thread running = holder;
        holder = null;
        if (running != null && running != Thread.currentThread()) {
            running.interrupt();
        }
    }

    /**
     * Quarkus loads the test classes of each test profile in a class loader of its own, so another
     * copy of this class, with a server of its own, may hold the port. Each copy's server has a
     * thread of this name that stops it when interrupted: a signal that crosses class loaders.
     */
    private static void stopOtherCopies() {
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (HOLDER.equals(thread.getName()) && thread != holder) {
                thread.interrupt();
                try {
                    thread.join(10_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    private static void holdUntilInterrupted() {
        try {
            new java.util.concurrent.CountDownLatch(1).await();
        } catch (InterruptedException e) {
            stop();
        }
    }

    /** A received mail, reduced to what tests look at. */
    public record Received(MimeMessage message, String subject, String text, String html) {

        /** The path of the first link in the text part that starts with {@code prefix}. */
        public String link(String prefix) {
            Matcher matcher = LINK.matcher(text);
            while (matcher.find()) {
                if (matcher.group(1).startsWith(prefix)) {
                    return matcher.group(1);
                }
            }
            throw new AssertionError("No link to " + prefix + " in:\n" + text);
        }

        public String header(String name) {
            try {
                return message.getHeader(name, ",");
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    public static synchronized List<Received> to(String recipient) {
        start();
        return Arrays.stream(server.getReceivedMessages())
                .filter(message -> isFor(message, recipient))
                .map(MailServer::read)
                .toList();
    }

    /**
     * The only mail {@code recipient} got with this subject; fails when there are none or several.
     */
    public static Received single(String recipient, String subject) {
        List<Received> matching =
                to(recipient).stream().filter(m -> m.subject().equals(subject)).toList();
        if (matching.size() != 1) {
            throw new AssertionError(
                    matching.size()
                            + " mails '"
                            + subject
                            + "' to "
                            + recipient
                            + "; all: "
                            + to(recipient).stream().map(Received::subject).toList());
        }
        return matching.get(0);
    }

    private static boolean isFor(MimeMessage message, String recipient) {
        try {
            return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .anyMatch(address -> address.toString().equalsIgnoreCase(recipient));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Received read(MimeMessage message) {
        try {
            String[] bodies = new String[2];
            collect(message.getContent(), bodies);
            return new Received(message, message.getSubject(), bodies[0], bodies[1]);
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Finds the text and HTML parts, however deeply the multiparts nest them. */
    private static void collect(Object content, String[] bodies)
            throws MessagingException, IOException {
        if (content instanceof MimeMultipart parts) {
            for (int i = 0; i < parts.getCount(); i++) {
                BodyPart part = parts.getBodyPart(i);
                if (part.isMimeType("text/plain")) {
                    bodies[0] = (String) part.getContent();
                } else if (part.isMimeType("text/html")) {
                    bodies[1] = (String) part.getContent();
                } else {
                    collect(part.getContent(), bodies);
                }
            }
        }
    }
}
