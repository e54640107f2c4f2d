package dev.custodian.mail;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "custodian.mail")
public interface MailConfig {

    /**
     * {@code custodian.mail.dispatch}: whether this instance sends outbox mail. Default {@code
     * true}; {@code false} in dev mode (mail stays in the outbox and shows on /dev/mail) and tests
     * (they run the dispatcher themselves).
     */
    @WithDefault("true")
    boolean dispatch();

    /**
     * {@code custodian.mail.dispatch-every}: how often the dispatcher looks for due mail, read by
     * its schedule's {@code ${custodian.mail.dispatch-every}} expression. Default 5s.
     */
    @WithDefault("5s")
    Duration dispatchEvery();

    /** {@code custodian.mail.batch-size}: mails one dispatcher claims at a time. Default 50. */
    @WithDefault("50")
    int batchSize();

    /**
     * {@code custodian.mail.give-up-after}: a mail whose attempt fails when it is older than this
     * becomes a dead letter. Its age decides, not its number of attempts (the backoff below makes 8
     * in about an hour), so that an SMTP outage of a day loses nothing. Default 3d.
     */
    @WithDefault("3d")
    Duration giveUpAfter();

    /**
     * {@code custodian.mail.retry-base}: the first retry waits this long; each further one twice as
     * long. Default 30s.
     */
    @WithDefault("30s")
    Duration retryBase();

    /** {@code custodian.mail.retry-max}: the longest wait between two retries. Default 6h. */
    @WithDefault("6h")
    Duration retryMax();

    /**
     * {@code custodian.mail.keep-sent}: sent mail is deleted this long after sending. Default 30d.
     */
    @WithDefault("30d")
    Duration keepSent();

    /**
     * {@code custodian.mail.unsubscribe-mailbox}: the mailto: of a marketing mail's
     * List-Unsubscribe header (RFC 2369). Default {@code unsubscribe@custodian.localhost};
     * production's is {@code CUSTODIAN_UNSUBSCRIBE_MAILBOX}, when set.
     */
    @WithDefault("unsubscribe@custodian.localhost")
    String unsubscribeMailbox();
}
