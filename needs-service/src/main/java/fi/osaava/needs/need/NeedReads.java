package fi.osaava.needs.need;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.mapping.event.AbstractMongoEventListener;
import org.springframework.data.mongodb.core.mapping.event.AfterDeleteEvent;
import org.springframework.data.mongodb.core.mapping.event.AfterSaveEvent;
import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * The reads of many needs at once (the gap list, the listing, the needs the foresight reports count), kept until the
 * next change of a need. Every read of these is a scan of the needs on a store without secondary indexes
 * (mongo-java-server), and the coordinator's desk asks for them on every page: with 5,000 needs one scan took
 * 200–500 ms, a kept answer takes nothing.
 *
 * <p>A kept answer is dropped when a need is saved or deleted through this instance (every change of a need goes
 * through {@code Needs.save}/{@code insert}, which raise Spring Data's mapping events), so this instance reads its own
 * writes at once. A change made by another instance of the service is seen after at most {@code
 * osaava.needs.read-cache-ttl} (5 s by default). The kept needs are read, never changed: a change loads its need by id.
 */
@Component
class NeedReads extends AbstractMongoEventListener<CompetenceNeed> {

    private final AtomicLong generation = new AtomicLong();
    private final Cache<Key, List<CompetenceNeed>> kept;

    /** One read: what was asked, and the generation of the needs it was read at. */
    private record Key(Object question, long generation) {
    }

    NeedReads(@Value("${osaava.needs.read-cache-ttl:5s}") Duration timeToLive) {
        this.kept = Caffeine.newBuilder().maximumSize(500).expireAfterWrite(timeToLive).build();
    }

    /** The answer to {@code question} (a value with equals: the filter, the page …) as kept, or read now. */
    List<CompetenceNeed> read(Object question, Supplier<List<CompetenceNeed>> read) {
        long at = generation.get();
        return kept.get(new Key(question, at), key -> List.copyOf(read.get()));
    }

    @Override
    public void onAfterSave(AfterSaveEvent<CompetenceNeed> event) {
        changed();
    }

    @Override
    public void onAfterDelete(AfterDeleteEvent<CompetenceNeed> event) {
        changed();
    }

    private void changed() {
        generation.incrementAndGet();
        kept.invalidateAll();
    }
}
