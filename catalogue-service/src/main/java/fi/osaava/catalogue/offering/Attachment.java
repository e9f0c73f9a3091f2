package fi.osaava.catalogue.offering;

/** A link to material about the offering (a brochure, a programme); https only. */
public record Attachment(String title, String url) {

    public Attachment {
        title = title.strip();
        url = url.strip();
    }
}
