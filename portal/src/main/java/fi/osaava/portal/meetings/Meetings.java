package fi.osaava.portal.meetings;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import fi.osaava.portal.api.OsaavaService;
import fi.osaava.portal.api.ServiceApis;

/** membership-service's meetings of an ecosystem ({@code /api/ecosystems/{id}/meetings…}), one call each. */
@Component
class Meetings {

    private static final String MEETINGS = "/api/ecosystems/{ecosystemId}/meetings";
    private static final String MEETING = MEETINGS + "/{meetingId}";

    private final ServiceApis apis;

    Meetings(ServiceApis apis) {
        this.apis = apis;
    }

    /** Every meeting of the ecosystem, the earliest first. */
    List<Meeting> all(String ecosystemId) {
        Meeting[] meetings = apis.of(OsaavaService.MEMBERSHIP).get().uri(MEETINGS, ecosystemId).retrieve()
                .body(Meeting[].class);
        return meetings == null ? List.of() : Arrays.asList(meetings);
    }

    Meeting get(String ecosystemId, String meetingId) {
        return apis.of(OsaavaService.MEMBERSHIP).get().uri(MEETING, ecosystemId, meetingId).retrieve()
                .body(Meeting.class);
    }

    Meeting schedule(String ecosystemId, Map<String, Object> request) {
        return apis.of(OsaavaService.MEMBERSHIP).post().uri(MEETINGS, ecosystemId).body(request).retrieve()
                .body(Meeting.class);
    }

    /**
     * A step on the meeting: {@code path} below the meeting's address (a template: {@code proposalId} fills its
     * variable, when it has one), with its body (or an empty one).
     */
    void act(String ecosystemId, String meetingId, String path, Map<String, Object> body, String... proposalId) {
        Object[] variables = proposalId.length == 0 ? new Object[] {ecosystemId, meetingId}
                : new Object[] {ecosystemId, meetingId, proposalId[0]};
        apis.of(OsaavaService.MEMBERSHIP).post().uri(MEETING + path, variables).body(body).retrieve()
                .toBodilessEntity();
    }
}
