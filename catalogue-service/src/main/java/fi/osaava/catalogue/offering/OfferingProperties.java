package fi.osaava.catalogue.offering;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param archiveInterval how often published offerings that have ended are looked for and archived
 * @param importMaxItems  the most items one bulk import may carry
 */
@ConfigurationProperties("osaava.offerings")
public record OfferingProperties(@DefaultValue("5m") Duration archiveInterval,
                                 @DefaultValue("1000") int importMaxItems) {
}
