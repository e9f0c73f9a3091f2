package fi.osaava.membership.passive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

import fi.osaava.contracts.EventContracts;
import fi.osaava.kit.event.EmailHash;
import fi.osaava.membership.TestBusinessIds;
import fi.osaava.membership.TrustedTestIssuers;
import fi.osaava.kit.testing.ServiceIntegrationTest;
import fi.osaava.kit.testing.TestHttp;
import fi.osaava.kit.testing.TestTokens;
import fi.osaava.kit.testing.TopicProbe;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;

/** Joining, confirming, leaving and erasure over real HTTP, with real mails through a real SMTP server. */
@ServiceIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class PassiveMembersIntegrationTest {

    static final String TOPIC = "membership.passive-members.v1";
    static final String PUBLIC_URL = "https://osaava.example.org/membership";
    static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    static final Pattern CONFIRM = Pattern.compile(Pattern.quote(PUBLIC_URL) + "/api/passive-members/confirm\\?token=([A-Za-z0-9_-]+)");
    static final Pattern LEAVE = Pattern.compile(Pattern.quote(PUBLIC_URL) + "/api/passive-members/leave\\?token=([A-Za-z0-9_-]+)");

    static {
        SMTP.start();
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
        registry.add("osaava.passive-members.public-url", () -> PUBLIC_URL);
        registry.add("osaava.passive-members.mail-interval", () -> "0s");
        // tokens with any organisation and roles, from an issuer the service is told to trust
        TrustedTestIssuers.trustTheSecondIssuer(registry);
    }

    @AfterAll
    static void stopMail() {
        SMTP.stop();
    }

    @LocalServerPort
    int port;

    @Value("#{@embeddedKafka.brokersAsString}")
    String brokers;

    @Autowired
    MongoTemplate mongo;

    RestClient anonymous() {
        return TestHttp.to(port).build();
    }

    RestClient as(String token) {
        return TestHttp.to(port).defaultHeader("Authorization", "Bearer " + token).build();
    }

    /**
     * An ecosystem's coordinator organisation must be registered: the tests act as the one
     * registered here, whose id the tokens then carry.
     */
    void registerCoordinatorOrganisation() {
        ResponseEntity<Map> created = as(TestTokens.fromSecondIssuer("coordinator", "COORDINATOR")).post()
                .uri("/api/organisations").contentType(MediaType.APPLICATION_JSON)
                .body("""
                        {"name":"Pohjois-Savon hyvinvointialue (passive test)","businessId":"%s",
                         "type":"WELLBEING_SERVICES_COUNTY","ring":"CORE","regions":["11"],
                         "contactEmail":"info@pshva.demo.osaava.fi","demo":true}""".formatted(TestBusinessIds.random()))
                .retrieve().toEntity(Map.class);
        assertThat(created.getStatusCode().value()).isEqualTo(201);
        pshva = (String) created.getBody().get("id");
    }

    /** The id of the organisation the last {@link #ecosystem} call registered as coordinator. */
    String pshva = "";

    /** A new ecosystem in regions 11 and 12, coordinated by the organisation registered for it. */
    String ecosystem() {
        registerCoordinatorOrganisation();
        String id = "passive-" + UUID.randomUUID().toString().substring(0, 8);
        ResponseEntity<Void> founded = as(TestTokens.fromSecondIssuer("coordinator", "COORDINATOR")).post().uri("/api/ecosystems")
                .contentType(MediaType.APPLICATION_JSON)
                .body("""
                        {"id":"%s","name":"Osaamisen sydän (demo)","regions":["11","12"],
                         "coordinatorOrganisationId":"%s"}""".formatted(id, pshva))
                .retrieve().toBodilessEntity();
        assertThat(founded.getStatusCode().value()).isEqualTo(201);
        return id;
    }

    static String address() {
        return "palvelut-" + UUID.randomUUID().toString().substring(0, 8) + "@pieni-hoivakoti.demo.osaava.fi";
    }

    ResponseEntity<String> join(String ecosystemId, String email, String language) {
        return anonymous().post().uri("/api/ecosystems/{id}/passive-members", ecosystemId)
                .contentType(MediaType.APPLICATION_JSON)
                .body("""
                        {"email":"%s","organisationName":"Pieni hoivakoti Oy (demo)","regions":["11"],
                         "competenceAreas":["medication-safety"],"targetGroups":["STAFF"],"language":"%s"}"""
                        .formatted(email, language))
                .retrieve().toEntity(String.class);
    }

    /** Waits for the {@code count}-th mail to the address and returns it. */
    static MimeMessage mail(String email, int count) {
        return await().atMost(Duration.ofSeconds(15)).until(() -> mailsTo(email), mails -> mails.size() >= count)
                .get(count - 1);
    }

    static List<MimeMessage> mailsTo(String email) {
        return Arrays.stream(SMTP.getReceivedMessages()).filter(message -> {
            try {
                return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                        .anyMatch(to -> to.toString().equalsIgnoreCase(email));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    static String text(MimeMessage message) throws Exception {
        return (String) message.getContent();
    }

    static String token(Pattern link, MimeMessage message) throws Exception {
        Matcher matcher = link.matcher(text(message));
        assertThat(matcher.find()).as("a link %s in %s", link, text(message)).isTrue();
        return matcher.group(1);
    }

    static String memberId(MimeMessage message) throws Exception {
        return message.getHeader("X-Osaava-Passive-Member-Id")[0];
    }

    Document stored(String memberId) {
        return mongo.getCollection("passive-members").find(new Document("_id", memberId)).first();
    }

    ResponseEntity<String> post(String path, String token) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("token", token);
        return anonymous().post().uri(path).contentType(MediaType.APPLICATION_FORM_URLENCODED).body(form)
                .retrieve().toEntity(String.class);
    }

    ResponseEntity<String> get(String path, String token) {
        return anonymous().get().uri(path + "?token={token}", token).retrieve().toEntity(String.class);
    }

    /** The passive member's events that reached the topic, each checked against its contract. */
    List<ConsumerRecord<String, String>> events(String memberId, int count) {
        try (TopicProbe probe = TopicProbe.on(brokers, TOPIC)) {
            List<ConsumerRecord<String, String>> found = new java.util.ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (found.size() < count && System.nanoTime() < deadline) {
                probe.await(1, Duration.ofMillis(500)).stream().filter(r -> memberId.equals(r.key())).forEach(found::add);
            }
            found.forEach(record -> EventContracts.assertConforms(TopicProbe.header(record, "ce_type"), record.value()));
            return found;
        }
    }

    @Test
    void aProducerJoinsConfirmsByThePagesButtonAndLeavesWithOneClick(CapturedOutput output) throws Exception {
        String ecosystemId = ecosystem();
        String email = address();

        ResponseEntity<String> joined = join(ecosystemId, email, "sv");

        assertThat(joined.getStatusCode().value()).isEqualTo(202);
        MimeMessage confirmationMail = mail(email, 1);
        assertThat(confirmationMail.getSubject()).startsWith("Bekräfta");
        assertThat(confirmationMail.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
        assertThat(confirmationMail.getHeader("List-Unsubscribe")[0]).matches("<" + LEAVE.pattern() + ">");
        String memberId = memberId(confirmationMail);
        String confirmation = token(CONFIRM, confirmationMail);
        assertThat(stored(memberId).getString("status")).isEqualTo("PENDING");
        assertThat(stored(memberId).toJson()).doesNotContain(confirmation);

        // a mail scanner follows the link: it only gets the page with the button
        ResponseEntity<String> page = get("/api/passive-members/confirm", confirmation);
        assertThat(page.getStatusCode().value()).isEqualTo(200);
        assertThat(page.getHeaders().getContentType().toString()).startsWith("text/html");
        assertThat(page.getBody()).contains("<form method=\"post\" action=\"/api/passive-members/confirm\"",
                "name=\"token\" value=\"" + confirmation + "\"");
        assertThat(page.getBody()).as("in the sign-in pages' look").contains("<main id=\"main\"",
                "<link rel=\"stylesheet\" href=\"/css/osaava.css\">");
        assertThat(stored(memberId).getString("status")).isEqualTo("PENDING");

        ResponseEntity<String> confirmed = post("/api/passive-members/confirm", confirmation);
        assertThat(confirmed.getStatusCode().value()).isEqualTo(200);
        assertThat(confirmed.getBody()).contains("lang=\"sv\"", "Tack!");
        assertThat(stored(memberId).getString("status")).isEqualTo("ACTIVE");
        assertThat(post("/api/passive-members/confirm", confirmation).getStatusCode().value())
                .as("confirming again is harmless").isEqualTo(200);

        List<ConsumerRecord<String, String>> published = events(memberId, 1);
        assertThat(published).singleElement().satisfies(record -> {
            assertThat(TopicProbe.header(record, "ce_type")).isEqualTo(EventContracts.PASSIVE_MEMBER_CONFIRMED);
            assertThat(record.value()).contains(email, "\"language\":\"sv\"", "medication-safety", ecosystemId);
        });

        // joining again with a member's address: the same answer, and a mail with the leave link
        assertThat(join(ecosystemId, email, "sv").getStatusCode().value()).isEqualTo(202);
        MimeMessage reminder = mail(email, 2);
        assertThat(reminder.getSubject()).startsWith("Du är redan medlem");
        String leave = token(LEAVE, reminder);
        assertThat(CONFIRM.matcher(text(reminder)).find()).isFalse();

        // the leave page changes nothing; the one-click POST (RFC 8058: the token in the URL) does
        ResponseEntity<String> leavePage = get("/api/passive-members/leave", leave);
        assertThat(leavePage.getStatusCode().value()).isEqualTo(200);
        assertThat(leavePage.getBody()).contains("<form method=\"post\"");
        assertThat(stored(memberId).getString("status")).isEqualTo("ACTIVE");

        ResponseEntity<String> left = anonymous().post().uri("/api/passive-members/leave?token={token}", leave)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).body("List-Unsubscribe=One-Click")
                .retrieve().toEntity(String.class);
        assertThat(left.getStatusCode().value()).isEqualTo(200);
        assertThat(left.getBody()).contains("Du har lämnat");
        assertThat(post("/api/passive-members/leave", leave).getStatusCode().value())
                .as("leaving again is harmless").isEqualTo(200);

        Document gone = stored(memberId);
        assertThat(gone.getString("status")).isEqualTo("LEFT");
        assertThat(gone.get("email")).isNull();
        assertThat(gone.get("organisationName")).isNull();
        assertThat(gone.getString("emailSha256")).isEqualTo(EmailHash.of(email));
        assertThat(gone.toJson()).doesNotContain(email).doesNotContain("Pieni hoivakoti");

        List<ConsumerRecord<String, String>> all = events(memberId, 2);
        assertThat(all).extracting(record -> TopicProbe.header(record, "ce_type"))
                .containsExactly(EventContracts.PASSIVE_MEMBER_CONFIRMED, EventContracts.PASSIVE_MEMBER_LEFT);
        assertThat(all.get(1).value()).doesNotContain("@").contains(EmailHash.of(email));

        // a link of an older mail still leads to the "you have left" page
        assertThat(get("/api/passive-members/leave", token(LEAVE, confirmationMail)).getBody()).contains("Du har lämnat");
        // GreenMail, the test's mail server in this JVM, logs the mailboxes it creates; the service must not
        assertThat(output.getAll().lines().filter(line -> !line.contains("c.icegreen.greenmail")))
                .isNotEmpty().noneMatch(line -> line.toLowerCase(java.util.Locale.ROOT).contains(email));
    }

    @Test
    void joiningAgainWhilePendingSendsANewLinkAndTheOldOneNoLongerWorks() throws Exception {
        String ecosystemId = ecosystem();
        String email = address();

        join(ecosystemId, email, "fi");
        String first = token(CONFIRM, mail(email, 1));
        join(ecosystemId, email, "fi");
        MimeMessage again = mail(email, 2);
        String second = token(CONFIRM, again);

        assertThat(again.getSubject()).startsWith("Vahvista");
        assertThat(second).isNotEqualTo(first);
        assertThat(post("/api/passive-members/confirm", first).getStatusCode().value()).isEqualTo(400);
        assertThat(post("/api/passive-members/confirm", second).getStatusCode().value()).isEqualTo(200);
        assertThat(stored(memberId(again)).getString("status")).isEqualTo("ACTIVE");
    }

    @Test
    void anExpiredOrUnknownLinkIsAClearPageAndConfirmsNothing() throws Exception {
        String ecosystemId = ecosystem();
        String email = address();
        join(ecosystemId, email, "en");
        MimeMessage message = mail(email, 1);
        String memberId = memberId(message);
        mongo.updateFirst(new Query(Criteria.where("_id").is(memberId)),
                new Update().set("confirmationExpiresAt", Instant.now().minusSeconds(1)), "passive-members");

        ResponseEntity<String> page = get("/api/passive-members/confirm", token(CONFIRM, message));
        ResponseEntity<String> expired = post("/api/passive-members/confirm", token(CONFIRM, message));
        ResponseEntity<String> unknown = post("/api/passive-members/confirm", "not-a-token");
        ResponseEntity<String> none = post("/api/passive-members/confirm", "");
        ResponseEntity<String> unknownLeave = post("/api/passive-members/leave", "not-a-token");

        assertThat(page.getStatusCode().value()).isEqualTo(410);
        assertThat(expired.getStatusCode().value()).isEqualTo(410);
        assertThat(expired.getBody()).contains("expired");
        assertThat(unknown.getStatusCode().value()).isEqualTo(400);
        assertThat(none.getStatusCode().value()).isEqualTo(400);
        assertThat(unknownLeave.getStatusCode().value()).isEqualTo(400);
        assertThat(stored(memberId).getString("status")).isEqualTo("PENDING");
    }

    @Test
    void theAnswerToJoiningDoesNotTellWhetherTheAddressIsKnown() {
        String ecosystemId = ecosystem();
        String email = address();

        ResponseEntity<String> first = join(ecosystemId, email, "fi");
        ResponseEntity<String> second = join(ecosystemId, email, "fi");
        ResponseEntity<String> other = join(ecosystemId, address(), "fi");

        assertThat(List.of(first, second, other)).allSatisfy(answer -> {
            assertThat(answer.getStatusCode().value()).isEqualTo(202);
            assertThat(answer.getBody()).isNull();
        });
    }

    @Test
    void aJoinIsValidatedAgainstTheVocabularyAndTheEcosystemsRegions() {
        String ecosystemId = ecosystem();
        ResponseEntity<String> badCodes = anonymous().post().uri("/api/ecosystems/{id}/passive-members", ecosystemId)
                .contentType(MediaType.APPLICATION_JSON)
                .body("""
                        {"email":"not-an-address","regions":["99"],"competenceAreas":["astrology"],"language":"de"}""")
                .retrieve().toEntity(String.class);
        ResponseEntity<String> outside = anonymous().post().uri("/api/ecosystems/{id}/passive-members", ecosystemId)
                .contentType(MediaType.APPLICATION_JSON)
                .body("""
                        {"email":"%s","regions":["06"],"competenceAreas":["medication-safety"],"language":"fi"}"""
                        .formatted(address()))
                .retrieve().toEntity(String.class);
        ResponseEntity<String> unknownEcosystem = join("no-such-ecosystem", address(), "fi");

        assertThat(badCodes.getStatusCode().value()).isEqualTo(400);
        assertThat(badCodes.getBody()).contains("email", "regions[0]", "competenceAreas[0]", "language");
        assertThat(outside.getStatusCode().value()).isEqualTo(400);
        assertThat(outside.getBody()).contains("regions");
        assertThat(unknownEcosystem.getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void theCoordinatorListsAndErasesPassiveMembersAndNobodyElseMay() throws Exception {
        String ecosystemId = ecosystem();
        String email = address();
        join(ecosystemId, email, "fi");
        MimeMessage message = mail(email, 1);
        String memberId = memberId(message);
        post("/api/passive-members/confirm", token(CONFIRM, message));

        ResponseEntity<List> listed = as(TestTokens.fromSecondIssuer(pshva, "MEMBER")).get()
                .uri("/api/ecosystems/{id}/passive-members", ecosystemId).retrieve().toEntity(List.class);
        ResponseEntity<String> otherList = as(TestTokens.fromSecondIssuer("org-other", "MEMBER")).get()
                .uri("/api/ecosystems/{id}/passive-members", ecosystemId).retrieve().toEntity(String.class);
        ResponseEntity<String> anonymousList = anonymous().get()
                .uri("/api/ecosystems/{id}/passive-members", ecosystemId).retrieve().toEntity(String.class);
        ResponseEntity<String> otherErase = as(TestTokens.fromSecondIssuer("org-other", "MEMBER")).delete()
                .uri("/api/ecosystems/{id}/passive-members/{member}", ecosystemId, memberId).retrieve().toEntity(String.class);

        assertThat(listed.getStatusCode().value()).isEqualTo(200);
        assertThat(listed.getBody()).singleElement().satisfies(member -> {
            Map<?, ?> view = (Map<?, ?>) member;
            assertThat(view.get("id")).isEqualTo(memberId);
            assertThat(view.get("status")).isEqualTo("ACTIVE");
            assertThat(view.get("email")).isEqualTo(email);
        });
        assertThat(otherList.getStatusCode().value()).isEqualTo(403);
        assertThat(otherList.getBody()).doesNotContain(email);
        assertThat(anonymousList.getStatusCode().value()).isEqualTo(401);
        assertThat(otherErase.getStatusCode().value()).isEqualTo(403);

        ResponseEntity<Void> erased = as(TestTokens.fromSecondIssuer(pshva, "MEMBER")).delete()
                .uri("/api/ecosystems/{id}/passive-members/{member}", ecosystemId, memberId).retrieve().toBodilessEntity();
        ResponseEntity<Void> again = as(TestTokens.fromSecondIssuer("coordinator", "COORDINATOR")).delete()
                .uri("/api/ecosystems/{id}/passive-members/{member}", ecosystemId, memberId).retrieve().toBodilessEntity();
        ResponseEntity<Void> unknown = as(TestTokens.fromSecondIssuer("coordinator", "COORDINATOR")).delete()
                .uri("/api/ecosystems/{id}/passive-members/{member}", ecosystemId, "no-such-member").retrieve().toBodilessEntity();

        assertThat(erased.getStatusCode().value()).isEqualTo(204);
        assertThat(again.getStatusCode().value()).isEqualTo(204);
        assertThat(unknown.getStatusCode().value()).isEqualTo(404);
        Document gone = stored(memberId);
        assertThat(gone.getString("status")).isEqualTo("ERASED");
        // the erased event waiting in the outbox carries the hash until the relay has sent it; the member keeps none
        gone.remove("outbox");
        assertThat(gone.toJson()).doesNotContain(email).doesNotContain(EmailHash.of(email));

        List<ConsumerRecord<String, String>> published = events(memberId, 2);
        assertThat(published).extracting(record -> TopicProbe.header(record, "ce_type"))
                .containsExactly(EventContracts.PASSIVE_MEMBER_CONFIRMED, EventContracts.PASSIVE_MEMBER_ERASED);
        assertThat(published.get(1).value()).doesNotContain("@").contains(EmailHash.of(email), "\"subject\"");
        // the leave link of the erased member's mail: nothing left to leave
        assertThat(post("/api/passive-members/leave", token(LEAVE, message)).getStatusCode().value()).isEqualTo(200);
    }
}
