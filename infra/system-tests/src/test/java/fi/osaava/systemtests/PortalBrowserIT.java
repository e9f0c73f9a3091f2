package fi.osaava.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import fi.osaava.localstack.LocalStack;
import fi.osaava.localstack.PersonCredentials;
import fi.osaava.localstack.demo.DemoIds;
import tools.jackson.databind.JsonNode;

/**
 * The portal in a real headless Chromium over the whole running system, as people use it: a visitor searches the
 * tray; a small producer signs in, starts reporting a need, is offered a similar open need and endorses it instead;
 * an education provider signs in, finds that need and answers it with a new offering; the producer's mailbox gets
 * the alert; a passive member joins through the page and confirms from the mail. axe-core checks every page visited
 * (zero serious or critical violations); screenshots of the main pages go to {@code target/screenshots}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(RunningSystem.Resolver.class)
class PortalBrowserIT {

    static final String PRODUCER = "yrittaja@kotihoito-kallavesi.demo.osaava.fi";
    static final String PRODUCER_MAILBOX = "kotihoito-kallavesi@demo.osaava.fi";
    static final String PROVIDER = "koulutussuunnittelija@savonia.demo.osaava.fi";
    /**
     * This test's own open need (another small producer's), which the producer's new need resembles: the demo needs
     * stay as the other system tests expect them.
     */
    static final String SIMILAR_NEED = "Käsihygienia kotikäynneillä (selaintesti)";
    static final String SIMILAR_NEED_REPORTER = "Hoivapalvelu Puijo Oy (demo)";
    static final String NEW_OFFERING = "Käsihygienia kotihoidon arjessa (selaintesti)";
    static final Pattern CONFIRM_LINK = Pattern.compile("https?://[^\\s\"<>]+/api/passive-members/confirm\\?token=[A-Za-z0-9_-]+");

    static LocalStack stack;
    static StackClient client;
    static DemoIds ids;
    static String portal;
    static Browser browser;

    @BeforeAll
    static void start(RunningSystem system) {
        stack = system.stack();
        client = system.client();
        ids = system.ids();
        portal = stack.portalUrl().toString().replaceAll("/+$", "");
        String reporter = stack.tokenFor(ids.clientCredentials(SIMILAR_NEED_REPORTER).orElseThrow());
        client.post(fi.osaava.localstack.Service.NEEDS, "/api/needs?publish=true", """
                {"region": "11", "competenceAreas": ["hand-hygiene"], "targetGroup": "STAFF",
                 "title": "%s", "description": "Käsihygienian kertaus kotikäyntejä tekeville hoitajille.",
                 "estimatedLearners": 15, "horizon": "WITHIN_A_YEAR"}""".formatted(SIMILAR_NEED), reporter);
        browser = new Browser(Path.of("target", "screenshots"));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            Map<String, List<String>> pages = browser.accessibility();
            browser.close();
            // one report of every page: a violation anywhere fails, and the others are still listed
            pages.forEach((page, violations) -> System.out.println("axe " + page + ": "
                    + (violations.isEmpty() ? "0 serious or critical" : violations)));
            assertThat(pages).allSatisfy((page, violations) -> assertThat(violations).as("axe on " + page).isEmpty());
        }
    }

    @Test
    @Order(1)
    void aVisitorSearchesTheTrayWithAnInflectedFinnishWordAndFiltersByAFacet() {
        browser.open(portal + "/");
        browser.checkAccessibility("home");
        browser.screenshots("home");

        browser.open(portal + "/tray");
        browser.find(By.id("q")).sendKeys("lääkehoidon");
        browser.find(By.cssSelector("#tray-search button[type=submit]")).click();
        browser.waitForText(By.id("search-area"), "Turvallinen lääkehoito kotihoidossa");
        browser.waitForUrl("q=");
        browser.checkAccessibility("tray search");
        browser.screenshots("tray");
        browser.assertFitsWidth("tray search");

        new Select(browser.find(By.id("category"))).selectByValue("FREE_TRAINING_WEBINAR_TOOL");
        browser.waitForUrl("category=FREE_TRAINING_WEBINAR_TOOL");
        browser.waitForText(By.id("search-area"), "Turvallinen lääkehoito kotihoidossa");
        browser.checkAccessibility("tray filtered");

        browser.find(By.partialLinkText("Turvallinen lääkehoito kotihoidossa")).click();
        browser.waitForUrl("/tray/");
        assertThat(browser.text()).contains("Maksuton");
        browser.checkAccessibility("offering");
        browser.screenshots("offering");

        browser.open(portal + "/thesis-topics");
        browser.checkAccessibility("thesis topics");
        browser.find(By.cssSelector("main h2 a[href*='/thesis-topics/']")).click();
        browser.waitForUrl("/thesis-topics/");
        browser.checkAccessibility("a thesis topic");
        browser.open(portal + "/networks");
        browser.checkAccessibility("networks");
        browser.assertFitsWidth("networks");
        browser.find(By.cssSelector("main h2 a[href*='/networks/']")).click();
        browser.waitForUrl("/networks/");
        browser.checkAccessibility("a network");

        browser.open(portal + "/ecosystems");
        browser.checkAccessibility("ecosystems");
        browser.open(portal + "/ecosystems/pohjois-savo");
        assertThat(browser.text()).contains("Savonia-ammattikorkeakoulu", "Kotihoito Kallavesi Oy (demo)");
        browser.checkAccessibility("an ecosystem's directory");
        browser.screenshots("ecosystem");
        browser.assertFitsWidth("an ecosystem's directory");

        browser.open(portal + "/tray/no-such-offering");
        assertThat(browser.find(By.tagName("h1")).getText()).isNotBlank();
        browser.checkAccessibility("not found");

        browser.open(portal + "/tray?lang=sv");
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Utbudet");
        // membership-service's sign-in page follows the language chosen in the portal
        browser.open(portal + "/oauth2/authorization/osaava");
        browser.waitForText(By.tagName("h1"), "Logga in");
        assertThat(browser.find(By.tagName("html")).getAttribute("lang")).isEqualTo("sv");
        browser.checkAccessibility("sign in, in Swedish (membership-service)");
        browser.screenshots("sign-in-sv");
        browser.assertFitsWidth("sign in, in Swedish (membership-service)");
        browser.open(portal + "/tray?lang=fi");
    }

    @Test
    @Order(2)
    void aSmallProducerIsOfferedASimilarNeedWhileReportingAndEndorsesItInstead() {
        signIn(PRODUCER);
        browser.open(portal + "/my/needs/new");
        browser.find(By.id("title")).sendKeys("Käsihygienia asiakkaiden kodeissa");
        new Select(browser.find(By.id("region"))).selectByValue("11");
        new Select(browser.find(By.id("competenceAreas"))).selectByValue("hand-hygiene");
        browser.waitForText(By.id("similar"), SIMILAR_NEED);
        browser.checkAccessibility("report a need");
        browser.screenshots("report-need");

        browser.find(By.id("similar")).findElement(By.partialLinkText("Tue tätä tarvetta")).click();
        browser.waitForText(By.tagName("h1"), SIMILAR_NEED);
        browser.find(By.id("learners")).sendKeys("4");
        browser.find(By.id("comment")).sendKeys("Meilläkin tarvitaan tätä.");
        browser.find(By.cssSelector("form[action$='/endorsement'] button[type=submit]")).click();
        browser.waitForText(By.tagName("main"), "Tukenne on tallennettu.");
        browser.checkAccessibility("need");
        browser.screenshots("need");

        browser.open(portal + "/my/needs");
        browser.checkAccessibility("our needs");
        browser.open(portal + "/my/alerts");
        assertThat(browser.text()).contains("Profiilista johdettu tilaus");
        browser.checkAccessibility("alerts");
        browser.screenshots("alerts");

        browser.open(portal + "/my/preferences");
        browser.checkAccessibility("my own alerts");
        browser.assertFitsWidth("my own alerts");

        browser.open(portal + "/my/organisation");
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Kotihoito Kallavesi Oy (demo)");
        browser.checkAccessibility("our organisation");
        browser.screenshots("organisation");
        browser.find(By.partialLinkText("Muokkaa profiilia")).click();
        browser.waitForUrl("/my/organisation/profile");
        browser.checkAccessibility("organisation profile form");
        browser.assertFitsWidth("organisation profile form");
        browser.find(By.cssSelector("#profile-form button[type=submit]")).click();
        browser.waitForText(By.tagName("main"), "Profiili on tallennettu.");

        browser.open(portal + "/my/organisation/contacts");
        browser.checkAccessibility("add a contact person");
        browser.find(By.id("name")).sendKeys("Selma Selaintesti");
        browser.find(By.id("role")).sendKeys("Esihenkilö");
        browser.find(By.id("email")).sendKeys("selma-" + System.nanoTime() + "@example.org");
        browser.find(By.cssSelector("#contact-form button[type=submit]")).click();
        browser.waitForText(By.tagName("main"), "Yhteyshenkilö on lisätty.");
        browser.find(By.xpath("//tr[td[normalize-space()='Selma Selaintesti']]//a[contains(@href, '/erase')]")).click();
        browser.waitForUrl("/erase");
        browser.checkAccessibility("erase a contact person");
        browser.find(By.cssSelector("main form button[type=submit]")).click();
        browser.waitForText(By.tagName("main"), "Yhteyshenkilö ja hänen tietonsa on poistettu.");
        assertThat(browser.text()).doesNotContain("Selma Selaintesti");
        signOut();
    }

    @Test
    @Order(3)
    void aProviderFindsThatNeedAndAnswersItWithANewOffering() {
        signIn(PROVIDER);
        browser.open(portal + "/my/open-needs?region=11");
        browser.checkAccessibility("open needs");
        browser.find(By.linkText(SIMILAR_NEED)).click();
        browser.waitForText(By.tagName("h1"), SIMILAR_NEED);
        browser.find(By.partialLinkText("Vastaa julkaisemalla koulutus")).click();

        browser.find(By.id("titleFi")).sendKeys(NEW_OFFERING);
        browser.find(By.id("summaryFi")).sendKeys("Käsihygienian käytännöt asiakkaan kotona.");
        browser.setValue(By.id("startsAt"), "2027-03-01T09:00");
        browser.setValue(By.id("endsAt"), "2027-03-01T15:00");
        browser.find(By.id("onlineUrl")).sendKeys("https://savonia.example/kasihygienia");
        browser.checkAccessibility("publish an offering");
        browser.screenshots("publish-offering");
        browser.find(By.cssSelector("#offering-form button[type=submit]")).click();

        browser.waitForText(By.tagName("main"), "kirjattu vastaukseksi");
        assertThat(browser.text()).contains(SIMILAR_NEED);
        browser.open(portal + "/my/offerings");
        assertThat(browser.text()).contains(NEW_OFFERING);
        browser.checkAccessibility("our offerings");

        browser.find(By.xpath("//li[.//a[normalize-space()='" + NEW_OFFERING + "']]//a[contains(@href, '/edit')]")).click();
        browser.waitForUrl("/edit");
        assertThat(browser.find(By.id("titleFi")).getAttribute("value")).isEqualTo(NEW_OFFERING);
        browser.checkAccessibility("change an offering");
        browser.find(By.id("summaryFi")).clear();
        browser.find(By.id("summaryFi")).sendKeys("Käsihygienian käytännöt asiakkaan kotona, päivitetty.");
        browser.find(By.cssSelector("#offering-form button[type=submit]")).click();
        browser.waitForText(By.tagName("main"), "Muutokset on tallennettu.");
        assertThat(browser.text()).contains("päivitetty");
        signOut();
    }

    @Test
    @Order(4)
    void theProducersMailboxGetsTheAnswer() {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(subjectsTo(PRODUCER_MAILBOX))
                .anyMatch(subject -> subject.contains(SIMILAR_NEED)));
    }

    @Test
    @Order(5)
    void aPassiveMemberJoinsThroughThePageAndConfirmsFromTheMail() {
        String email = "selain-" + System.nanoTime() + "@example.org";
        browser.open(portal + "/join");
        browser.find(By.id("email")).sendKeys(email);
        new Select(browser.find(By.id("regions"))).selectByValue("11");
        new Select(browser.find(By.id("competenceAreas"))).selectByValue("medication-safety");
        browser.checkAccessibility("join");
        browser.screenshots("join");
        browser.find(By.cssSelector("#join-form button[type=submit]")).click();
        browser.waitForText(By.tagName("h1"), "Tarkista sähköpostisi");
        browser.checkAccessibility("join sent");

        String link = await().atMost(Duration.ofSeconds(60)).until(() -> confirmationLink(email), Optional::isPresent)
                .orElseThrow();
        browser.open(link);
        browser.checkAccessibility("confirm (membership-service)");
        browser.find(By.cssSelector("form button, form input[type=submit]")).click();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode members = client.get(fi.osaava.localstack.Service.MEMBERSHIP,
                    "/api/ecosystems/pohjois-savo/passive-members");
            assertThat(members.findValuesAsString("email")).contains(email);
        });
    }

    private static void signIn(String username) {
        PersonCredentials person = ids.credentials().person(username).orElseThrow();
        browser.open(portal + "/oauth2/authorization/osaava");
        browser.find(By.id("username")).sendKeys(person.username());
        browser.find(By.id("password")).sendKeys(person.password());
        browser.checkAccessibility("sign in (membership-service)");
        browser.find(By.cssSelector("button[type=submit]")).click();
        browser.waitForAddress(portal + "/");
        try {
            browser.find(By.cssSelector("form[action$='/sign-out']"));
        } catch (org.openqa.selenium.TimeoutException notSignedIn) {
            throw new AssertionError(username + " is not signed in at " + browser.driver().getCurrentUrl() + ": "
                    + browser.text(), notSignedIn);
        }
    }

    private static void signOut() {
        browser.find(By.cssSelector("form[action$='/sign-out'] button")).click();
        browser.waitForAddress(portal + "/");
        browser.find(By.cssSelector("a[href$='/oauth2/authorization/osaava']"));
    }

    private static List<String> subjectsTo(String email) {
        return client.mailsTo(email).valueStream().map(mail -> mail.path("subject").asString()).toList();
    }

    private static Optional<String> confirmationLink(String email) {
        for (JsonNode mail : client.mailsTo(email)) {
            String mime = mail.path("mimeMessage").asString();
            Matcher plain = CONFIRM_LINK.matcher(mime.replace("=\r\n", "").replace("=\n", "").replace("=3D", "="));
            if (plain.find()) {
                return Optional.of(plain.group());
            }
            for (String part : mime.split("\r?\n\r?\n")) {
                try {
                    Matcher decoded = CONFIRM_LINK.matcher(new String(Base64.getMimeDecoder().decode(part.strip()),
                            StandardCharsets.UTF_8));
                    if (decoded.find()) {
                        return Optional.of(decoded.group());
                    }
                } catch (IllegalArgumentException notBase64) {
                    // a header block or a text part
                }
            }
        }
        return Optional.empty();
    }
}
