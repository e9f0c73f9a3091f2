package fi.osaava.kit.event;

/** CloudEvents 1.0 Kafka protocol binding, binary mode: attributes as {@code ce_} headers. */
public final class CloudEventHeaders {

    public static final String ID = "ce_id";
    public static final String TYPE = "ce_type";
    public static final String SOURCE = "ce_source";
    public static final String SPEC_VERSION = "ce_specversion";
    public static final String TIME = "ce_time";
    public static final String SUBJECT = "ce_subject";
    public static final String DATA_SCHEMA = "ce_dataschema";
    public static final String CONTENT_TYPE = "content-type";
    public static final String SPEC_VERSION_1_0 = "1.0";

    private CloudEventHeaders() {
    }

    /** Where the JSON Schema of an event type is published; mirrors the layout of {@code infra/contracts}. */
    public static String dataSchemaOf(String type) {
        return "https://osaava.fi/contracts/events/" + type + ".schema.json";
    }
}
