package fi.osaava.membership.governance.meeting;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What the coordinator fixes when scheduling a meeting: where (a place, an https link or both), when, who
 * chairs it (may be decided later) and the themes it concentrates on.
 */
public record MeetingDetails(String title, Instant startsAt, Instant endsAt, @Nullable String place,
                             @Nullable String onlineUrl, @Nullable Chair chair, List<String> themes) {

    public MeetingDetails {
        themes = List.copyOf(themes);
    }
}
