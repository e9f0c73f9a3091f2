package fi.osaava.membership.governance.meeting;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** Test data: what a meeting is scheduled with; three hours in Kuopio from the given start unless told otherwise. */
final class MeetingDetailsBuilder {

    private String title = "Priorisointikokous";
    private Instant startsAt;
    private Instant endsAt;
    private @Nullable String place = "Kuopio";
    private @Nullable String onlineUrl;
    private @Nullable Chair chair;
    private List<String> themes = List.of();

    private MeetingDetailsBuilder(Instant startsAt) {
        this.startsAt = startsAt;
        this.endsAt = startsAt.plus(Duration.ofHours(3));
    }

    static MeetingDetailsBuilder aMeetingStarting(Instant startsAt) {
        return new MeetingDetailsBuilder(startsAt);
    }

    MeetingDetailsBuilder titled(String title) {
        this.title = title;
        return this;
    }

    MeetingDetailsBuilder endingAt(Instant endsAt) {
        this.endsAt = endsAt;
        return this;
    }

    MeetingDetailsBuilder online(String onlineUrl) {
        this.onlineUrl = onlineUrl;
        return this;
    }

    MeetingDetailsBuilder nowhere() {
        this.place = null;
        this.onlineUrl = null;
        return this;
    }

    MeetingDetailsBuilder chairedBy(Chair chair) {
        this.chair = chair;
        return this;
    }

    MeetingDetailsBuilder onThemes(String... themes) {
        this.themes = List.of(themes);
        return this;
    }

    MeetingDetails build() {
        return new MeetingDetails(title, startsAt, endsAt, place, onlineUrl, chair, themes);
    }
}
