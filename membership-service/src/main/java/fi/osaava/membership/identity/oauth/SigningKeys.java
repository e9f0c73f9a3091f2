package fi.osaava.membership.identity.oauth;

import org.springframework.data.mongodb.repository.MongoRepository;

interface SigningKeys extends MongoRepository<SigningKey, String> {
}
