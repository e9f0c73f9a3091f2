package fi.osaava.kit.testing.sample.a;

import org.springframework.data.mongodb.core.mapping.Document;

@Document("things")
public record Thing(String id) {
}
