package fi.osaava.kit.testing.sample.a;

import org.springframework.data.repository.Repository;

public interface Things extends Repository<Thing, String> {
}
