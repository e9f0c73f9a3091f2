package fi.osaava.portal.members;

import java.util.Comparator;
import java.util.List;

/**
 * The organisations taking part in one ecosystem, active or suspended, core ring first and by name within a ring.
 *
 * @param truncated membership-service has more organisations than the portal reads for one page
 */
public record Roster(List<Row> rows, boolean truncated) {

    /** The rings in membership-service's order, closest first. */
    static final List<String> RINGS = List.of("CORE", "MIDDLE", "OUTER");

    /** One organisation and its part in the ecosystem. */
    public record Row(Member organisation, Member.Participation participation) {
    }

    static Roster of(String ecosystemId, List<Member> members, boolean truncated) {
        List<Row> rows = members.stream()
                .flatMap(member -> member.in(ecosystemId).stream()
                        .filter(part -> part.isActive() || part.isSuspended())
                        .map(part -> new Row(member, part)))
                .sorted(Comparator.comparingInt((Row row) -> ringOrder(row.participation().ring())))
                .toList();
        return new Roster(rows, truncated);
    }

    /** How many are in the ring. */
    public long in(String ring) {
        return rows.stream().filter(row -> row.participation().ring().equals(ring)).count();
    }

    public long suspended() {
        return rows.stream().filter(row -> row.participation().isSuspended()).count();
    }

    /** Only the active organisations of the given types, by name. */
    public List<Row> active(List<String> types) {
        return rows.stream().filter(row -> row.participation().isActive())
                .filter(row -> types.contains(row.organisation().type()))
                .sorted(Comparator.comparing((Row row) -> row.organisation().name())).toList();
    }

    private static int ringOrder(String ring) {
        int at = RINGS.indexOf(ring);
        return at < 0 ? RINGS.size() : at;
    }
}
