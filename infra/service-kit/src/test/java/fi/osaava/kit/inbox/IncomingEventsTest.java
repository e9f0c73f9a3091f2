package fi.osaava.kit.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

import fi.osaava.kit.reference.RegionCode;
import jakarta.validation.Validation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;

class IncomingEventsTest {

    private final IncomingEvents events = new IncomingEvents(Validation.buildDefaultValidatorFactory().getValidator());

    record NeedMessage(@NotBlank String needId, @RegionCode String region, @NotEmpty List<String> competenceAreas) {
    }

    private static MessageBuilder<byte[]> record(String body) {
        return MessageBuilder.withPayload(body.getBytes(StandardCharsets.UTF_8))
                .setHeader("ce_id", "e-1".getBytes(StandardCharsets.UTF_8))
                .setHeader("ce_type", "fi.osaava.needs.competence-need.published.v1")
                .setHeader("ce_source", "/osaava/needs-service".getBytes(StandardCharsets.UTF_8))
                .setHeader("ce_time", "2026-11-23T10:00:00Z".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsHeadersAsBytesOrStringsAndIgnoresUnknownFields() {
        IncomingEvent<NeedMessage> event = events.read(record(
                "{\"needId\":\"n-1\",\"region\":\"11\",\"competenceAreas\":[\"medication-safety\"],\"extra\":1}").build(),
                NeedMessage.class);

        assertThat(event.id()).isEqualTo("e-1");
        assertThat(event.type()).isEqualTo("fi.osaava.needs.competence-need.published.v1");
        assertThat(event.data()).isEqualTo(new NeedMessage("n-1", "11", List.of("medication-safety")));
    }

    @Test
    void acceptsTheCanonicalCeDashAttributeNamesSpringCloudFunctionMayHandOver() {
        Message<byte[]> message = MessageBuilder.withPayload(
                        "{\"needId\":\"n-1\",\"region\":\"11\",\"competenceAreas\":[\"medication-safety\"]}"
                                .getBytes(StandardCharsets.UTF_8))
                .setHeader("ce-id", "e-2").setHeader("ce-type", "t").setHeader("ce-source", "/s")
                .setHeader("ce-time", "2026-11-23T10:00:00Z").build();

        assertThat(events.read(message, NeedMessage.class).id()).isEqualTo("e-2");
    }

    @Test
    void rejectsABodyThatIsNotJsonWithTheReason() {
        Message<byte[]> message = record("this is not json").build();
        assertThatThrownBy(() -> events.read(message, NeedMessage.class))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("body is not a readable JSON NeedMessage");
    }

    @Test
    void rejectsAPayloadThatBreaksTheContractNamingEachField() {
        Message<byte[]> message = record("{\"needId\":\"\",\"region\":\"99\",\"competenceAreas\":[]}").build();
        assertThatThrownBy(() -> events.read(message, NeedMessage.class))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("competenceAreas")
                .hasMessageContaining("needId")
                .hasMessageContaining("region is not a known region code");
    }

    @Test
    void rejectsARecordWithoutCloudEventsHeaders() {
        Message<byte[]> message = MessageBuilder.withPayload("{}".getBytes(StandardCharsets.UTF_8)).build();
        assertThatThrownBy(() -> events.read(message, NeedMessage.class))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageStartingWith("required CloudEvents header ce_id is missing");
    }
}
