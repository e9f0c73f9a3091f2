package fi.osaava.catalogue.offering;

import java.time.Clock;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

import fi.osaava.kit.web.NotFoundException;

@Service
public class OfferingManagement {

    private final Offerings offerings;
    private final Clock clock;

    OfferingManagement(Offerings offerings, Clock clock) {
        this.offerings = offerings;
        this.clock = clock;
    }

    public Offering create(OfferingDraft draft, boolean publishNow) {
        Offering offering = Offering.draft(draft, clock.instant());
        if (publishNow) {
            offering.publish(clock.instant());
        }
        return offerings.insert(offering);
    }

    public Offering publish(String id) {
        Offering offering = get(id);
        offering.publish(clock.instant());
        return offerings.save(offering);
    }

    public Offering get(String id) {
        return offerings.findById(id).orElseThrow(() -> new NotFoundException("Offering", id));
    }

    public List<Offering> list(@Nullable OfferingStatus status) {
        return status == null ? offerings.findAllByOrderByCreatedAtDesc() : offerings.findByStatusOrderByCreatedAtDesc(status);
    }
}
