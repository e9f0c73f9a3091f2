package fi.osaava.kit.event;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The one JSON mapping used for event bodies on the wire, so producers and tolerant readers agree. */
public final class EventJson {

    public static final JsonMapper MAPPER = JsonMapper.builder()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .build();

    private EventJson() {
    }

    public static String write(Object data) {
        return MAPPER.writeValueAsString(data);
    }
}
