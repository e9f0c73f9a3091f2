package fi.osaava.catalogue.listing;

import java.time.Clock;
import java.time.Instant;
import java.util.function.BiConsumer;
import java.util.function.Function;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.repository.MongoRepository;

import fi.osaava.catalogue.contact.ContactHolder;
import fi.osaava.kit.domain.NotFoundException;

/**
 * The use cases every kind of hosted item has in the same way: a member organisation adds one, only its host
 * changes it, anyone reads it, and an erased contact person leaves it. A kind's own management names how one is
 * added, its other transitions and its search, and leaves the store and the clock to this class.
 *
 * @param <T> the kind of item
 * @param <D> the content its host writes
 */
public abstract class HostedItemManagement<T extends HostedItem<D>, D extends HostedItem.Draft>
        implements ContactHolder {

    private final Class<T> kind;
    private final HostedItemAccess access;
    private final MongoRepository<T, String> items;
    private final MongoOperations mongo;
    private final Clock clock;

    /** {@code access}: the kind's rules, which also name a missing item ({@link HostedItemAccess#noun()}). */
    protected HostedItemManagement(Class<T> kind, HostedItemAccess access, MongoRepository<T, String> items,
                                   MongoOperations mongo, Clock clock) {
        this.kind = kind;
        this.access = access;
        this.items = items;
        this.mongo = mongo;
        this.clock = clock;
    }

    /** A new item, made now. */
    protected T add(Function<Instant, T> made) {
        return items.insert(made.apply(clock.instant()));
    }

    /** Only the host ({@link HostedItemAccess#requireHost}); to anyone else the item is not there to change (404). */
    protected T change(String id, String organisationId, BiConsumer<T, Instant> change) {
        T item = items.findById(id).orElseThrow(() -> new NotFoundException(access.noun(), id));
        access.requireHost(item, organisationId);
        change.accept(item, clock.instant());
        return items.save(item);
    }

    /** New content from the host; 409 when the item is closed. */
    public T revise(String id, String organisationId, D draft) {
        return change(id, organisationId, (item, now) -> item.revise(draft, now));
    }

    public T get(String id) {
        return items.findById(id).orElseThrow(() -> new NotFoundException(access.noun(), id));
    }

    /** A search over this kind, for the kind's own filters. */
    protected HostedItemSearch<T> query() {
        return HostedItemSearch.of(kind);
    }

    protected MongoOperations mongo() {
        return mongo;
    }

    /** Removes an erased contact person from the items of this kind that name them. */
    @Override
    public long eraseContact(String emailSha256) {
        return ContactHolder.eraseFrom(mongo, kind, emailSha256);
    }
}
