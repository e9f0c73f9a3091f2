package fi.osaava.membership.governance.meeting;

/** The title and description of an agenda item the coordinator adds or a core actor proposes. */
public record AgendaText(String title, String description) {
}
