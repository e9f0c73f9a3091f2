package fi.osaava.notification.alert;

import java.time.Duration;
import java.time.Instant;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param from          sender address of alert e-mails
 * @param maxAttempts   attempts before a delivery is DEAD
 * @param retryDelay    first back-off; doubles with every failed attempt, with jitter
 * @param maxRetryDelay the longest back-off
 * @param retryHorizon  how long after its creation a delivery is still tried; then DEAD
 * @param retryInterval how often the retrier looks for due deliveries
 * @param leaseTime     how long a delivery under way is hidden from other retriers, and how long a
 *                      PENDING one may wait for its first attempt before the retrier takes over
 * @param dispatchers   threads sending deliveries (the consumer threads only record them); each keeps
 *                      one SMTP connection busy
 * @param dispatchBatch deliveries of one event a dispatcher takes at a time before the next event's turn
 * @param dispatchCapacity deliveries held in memory for the dispatchers; beyond it they wait in the store
 *                      for the retrier
 * @param sendMargin    a dispatcher sends only while at least this much of its lease is left (longer than
 *                      one send may take: the SMTP and webhook timeouts)
 * @param leasePerDelivery how much longer the lease of newly recorded deliveries is for each delivery already
 *                      waiting for the dispatchers (and each of theirs), so a large fan-out's last ones are
 *                      still leased when their turn comes; a deliberately slow rate (5 ms is 200/s)
 * @param sweepInterval how often the retrier looks into the store for work that nobody holds (left by a crash)
 * @param recordInline  the most deliveries of one event the consumer's thread records itself before acknowledging
 *                      it; a larger fan-out is recorded by the recorder thread ({@link PendingRecording}), so
 *                      the events behind it on its partition are not kept waiting
 * @param backlog       back-pressure: the consumer threads record an event's deliveries only while the dispatchers
 *                      hold fewer than this many (else they wait, up to {@code backlogWait}, and the events wait in
 *                      Kafka), so that recording cannot take the store's whole time from sending
 * @param largeBacklog  the recorder records the next chunk of a large fan-out only while the dispatchers hold fewer
 *                      than this many: lower than {@code backlog}, so a small event finds room beside a large one
 * @param backlogWait   the longest a consumer thread waits for room, well inside Kafka's poll interval
 */
@ConfigurationProperties("osaava.alerts")
public record AlertProperties(
        @DefaultValue("Osaava <alerts@osaava.fi>") String from,
        @DefaultValue("8") int maxAttempts,
        @DefaultValue("30s") Duration retryDelay,
        @DefaultValue("1h") Duration maxRetryDelay,
        @DefaultValue("24h") Duration retryHorizon,
        @DefaultValue("5s") Duration retryInterval,
        @DefaultValue("30s") Duration leaseTime,
        @DefaultValue("4") int dispatchers,
        @DefaultValue("25") int dispatchBatch,
        @DefaultValue("500000") int dispatchCapacity,
        @DefaultValue("15s") Duration sendMargin,
        @DefaultValue("5ms") Duration leasePerDelivery,
        @DefaultValue("30s") Duration sweepInterval,
        @DefaultValue("1000") int recordInline,
        @DefaultValue("20000") int backlog,
        @DefaultValue("5000") int largeBacklog,
        @DefaultValue("60s") Duration backlogWait) {

    /** The lease of deliveries recorded now, with {@code workAhead} deliveries (theirs included) to send first. */
    Instant leaseUntil(Instant now, long workAhead) {
        return now.plus(leaseTime).plus(leasePerDelivery.multipliedBy(workAhead));
    }

    Delivery.RetryPolicy retryPolicy() {
        return new Delivery.RetryPolicy(maxAttempts, retryDelay, maxRetryDelay, retryHorizon);
    }
}
