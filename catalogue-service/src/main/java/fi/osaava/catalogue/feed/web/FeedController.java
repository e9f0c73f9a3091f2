package fi.osaava.catalogue.feed.web;

import java.net.URI;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import fi.osaava.catalogue.feed.FeedProvisioning;
import fi.osaava.catalogue.feed.FeedCredentials;
import fi.osaava.kit.security.Actors;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;

@RestController
@RequestMapping("/api/feeds")
@Tag(name = "Provider feeds")
class FeedController {

    private static final Logger log = LoggerFactory.getLogger(FeedController.class);
    private final FeedProvisioning provisioning;

    FeedController(FeedProvisioning provisioning) {
        this.provisioning = provisioning;
    }

    @PostMapping("/{organisationId}/credentials")
    @Operation(summary = "Give a provider's system its own Kafka principal, topic and prefixed ACLs; the password "
            + "is shown only in this answer (calling again issues a new one and the old one stops working)")
    ResponseEntity<FeedCredentials> grant(@PathVariable @Pattern(regexp = "[A-Za-z0-9-]{1,64}", // ProviderTopics.ORGANISATION_ID
            message = "must be an organisation id (letters, digits and hyphens)") String organisationId) {
        FeedCredentials credentials = provisioning.grant(organisationId);
        // who issued which principal, never the password
        log.info("{} issued Kafka credentials {} for topic {}", Actors.current().subject(), credentials.username(),
                credentials.topic());
        return ResponseEntity.created(URI.create("/api/feeds/" + organisationId + "/credentials")).body(credentials);
    }
}
