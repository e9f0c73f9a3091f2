package fi.osaava.notification.source;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** An ecosystem's regions, as membership last told them, so region filters work for governance alerts. */
@Document("ecosystems")
record EcosystemRegions(@Id String ecosystemId, @Nullable List<String> regions) {
}
