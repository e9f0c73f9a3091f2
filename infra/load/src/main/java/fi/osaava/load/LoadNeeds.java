package fi.osaava.load;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import fi.osaava.localstack.ClientCredentials;

/**
 * The needs a load run writes as its reporting organisation, in every scenario: numbered in one sequence (the
 * number is in an awaited need's title, so the sink can tell its mails), posted through the public API and
 * counted as stored. A need to a group is awaited at the sink, which learns that each subscribed recipient is
 * owed one mail of it.
 */
final class LoadNeeds {

    private final OsaavaApi api;
    private final TimedMailSink sink;
    private final Consumer<String> progress;
    private final AtomicLong numbers = new AtomicLong(1);
    private final AtomicInteger stored = new AtomicInteger();
    private final Map<LoadRun.Group, List<String>> subscribed = new ConcurrentHashMap<>();
    private ClientCredentials reporter = new ClientCredentials("none", "none");

    LoadNeeds(OsaavaApi api, TimedMailSink sink, Consumer<String> progress) {
        this.api = api;
        this.sink = sink;
        this.progress = progress;
    }

    void reporter(ClientCredentials reporter) {
        this.reporter = reporter;
    }

    /** The group's recipients whose subscription was made: those a need to the group owes a mail. */
    void subscribed(LoadRun.Group group, List<String> recipients) {
        subscribed.put(group, List.copyOf(recipients));
    }

    List<String> subscribed(LoadRun.Group group) {
        return subscribed.getOrDefault(group, List.of());
    }

    long next() {
        return numbers.getAndIncrement();
    }

    /** The next need to the group, not posted yet: it awaits one mail per subscribed recipient. */
    AwaitedNeed awaited(LoadRun.Group group) {
        return new AwaitedNeed(next(), subscribed(group).size());
    }

    /** Posts a need that alerts nobody ({@link LoadRun#NOBODY}); its id. */
    String postAlertingNobody() {
        long number = next();
        String id = api.publishNeed(reporter, "Intake " + number, LoadRun.NOBODY.area(), LoadRun.NOBODY.region());
        stored.incrementAndGet();
        return id;
    }

    /** The needs the services accepted so far, in every scenario. */
    int stored() {
        return stored.get();
    }

    /** Posts the need to the group's area and region; the sink times its mails, and counts them as owed. */
    void post(AwaitedNeed need, LoadRun.Group group) {
        sink.await(need.number(), need::mailAccepted);
        need.posted(System.nanoTime());
        try {
            api.publishNeed(reporter, "Load need " + TimedMailSink.marker(need.number()), group.area(), group.region());
            need.answered(System.nanoTime());
            stored.incrementAndGet();
            subscribed(group).forEach(address -> sink.counts().expect(address, 1));
        } catch (LoadException e) {
            sink.forget(need.number());
            progress.accept("need refused: " + e.getMessage());
        }
    }
}
