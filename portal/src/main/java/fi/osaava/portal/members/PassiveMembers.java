package fi.osaava.portal.members;

import java.util.List;

/**
 * An ecosystem's passive members as its coordinator sees them, oldest first.
 *
 * @param truncated there are more than the portal reads for one page
 */
public record PassiveMembers(List<PassiveMember> members, boolean truncated) {

    /** The statuses a passive member goes through, in that order. */
    static final List<String> STATUSES = List.of("PENDING", "ACTIVE", "LEFT", "ERASED");

    public long count(String status) {
        return members.stream().filter(member -> member.status().equals(status)).count();
    }

    public List<String> statuses() {
        return STATUSES;
    }
}
