package dev.custodian.mail;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "custodian.mail")
public interface MailConfig {

    /** Off in dev mode: mail stays in the outbox and shows on /dev/mail. */
    @WithDefault("true")
    boolean dispatch();

    /**
     * {@code custodian.mail.dispatch-every}: how often the dispatcher looks for due mail, read by
     * its schedule's {@code ${custodian.mail.dispatch-every}} expression. Default 5s.
     */
    @WithDefault("5s")
    Duration dispatchEvery();

    /** How many mails one dispatcher claims at a time. */
    @WithDefault("50")
    int batchSize();

    /**
     * A mail whose attempt fails when it is older than this becomes a dead letter. Its age decides,
     * not its number of attempts (the backoff below makes 8 in about an hour), so that an SMTP
     * outage of a day loses nothing.
     */
    @WithDefault("3d")
    Duration giveUpAfter();

    /** The first retry waits this long; each further one twice as long. */
    @WithDefault("30s")
    Duration retryBase();

    @WithDefault("6h")
    Duration retryMax();

    /** Sent mail is deleted this long after sending. */
    @WithDefault("30d")
    Duration keepSent();

    /** The mailto: of a marketing mail's List-Unsubscribe header (RFC 2369). */
    @WithDefault("unsubscribe@custodian.localhost")
    String unsubscribeMailbox();
}
