package fi.osaava.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import fi.osaava.localstack.LocalStack;
import fi.osaava.localstack.PersonCredentials;
import fi.osaava.localstack.Service;
import fi.osaava.localstack.demo.DemoData;
import fi.osaava.localstack.demo.DemoIds;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The coordinator's desk in a real headless Chromium over the whole running system: the coordinator sets a need's
 * priority with a reason and sees it first in the gap list and in the print view; reads a figure from the foresight
 * chart's table that matches the API; sees the current month's entry on the annual clock; approves an application;
 * opens the reach of the demo headline need and sees who was alerted and, for a provider in another region, why
 * not. A member gets the 403 page on every desk page. axe-core checks every page (zero serious or critical
 * violations); screenshots of each page at desktop and mobile width go to {@code target/screenshots}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(RunningSystem.Resolver.class)
class CoordinatorDeskBrowserIT {

    static final String COORDINATOR = "koordinaattori@demo.osaava.fi";
    static final String MEMBER = "koulutussuunnittelija@savonia.demo.osaava.fi";
    /** The desk's pages a member must not see. */
    static final List<String> DESK_PAGES = List.of("/desk", "/desk/gaps", "/desk/gaps/print", "/desk/foresight",
            "/desk/clock", "/desk/meetings", "/desk/members", "/desk/members/applications", "/desk/evaluation",
            "/desk/reach", "/desk/members/passive", "/desk/members/clients", "/desk/clock/new", "/desk/meetings/new");
    /**
     * The headline need as the demo defines it, with this test's own title: HeadlineFlowIT counts the mails about
     * the headline title, and the system is shared. The same reporter, region, area and target group: the same reach.
     */
    static final String HEADLINE_COPY_SUFFIX = " (työpöytätesti)";
    static final String APPLICANT = "Kotihoito Selaintesti Oy (demo)";

    static LocalStack stack;
    static StackClient client;
    static DemoData demo;
    static DemoIds ids;
    static String portal;
    static Browser browser;
    static String headlineNeedId;

    @BeforeAll
    static void start(RunningSystem system) {
        stack = system.stack();
        client = system.client();
        demo = system.demo();
        ids = system.ids();
        portal = stack.portalUrl().toString().replaceAll("/+$", "");
        ObjectNode headline = demo.headlineNeedRequest(ids);
        headline.put("title", headline.path("title").asString() + HEADLINE_COPY_SUFFIX);
        String reporter = stack.tokenFor(ids.clientCredentials(demo.headlineReporter()).orElseThrow());
        headlineNeedId = client.post(Service.NEEDS, "/api/needs?publish=true", headline.toString(), reporter)
                .get("id").asString();
        browser = new Browser(Path.of("target", "screenshots"));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            Map<String, List<String>> pages = browser.accessibility();
            browser.close();
            pages.forEach((page, violations) -> System.out.println("axe " + page + ": "
                    + (violations.isEmpty() ? "0 serious or critical" : violations)));
            assertThat(pages).allSatisfy((page, violations) -> assertThat(violations).as("axe on " + page).isEmpty());
        }
    }

    @Test
    @Order(1)
    void aMemberGetsTheForbiddenPageOnEveryDeskPage() {
        signIn(MEMBER);
        for (String page : DESK_PAGES) {
            browser.open(portal + page);
            assertThat(browser.find(By.tagName("h1")).getText()).as(page).isEqualTo("Ei käyttöoikeutta");
        }
        browser.checkAccessibility("desk refused to a member");
        browser.screenshots("desk-forbidden");
        assertThat(browser.driver().findElements(By.cssSelector("a[href='/desk']"))).isEmpty();
        signOut();
    }

    @Test
    @Order(2)
    void theCoordinatorSetsAPriorityWithAReasonAndSeesItFirstInTheGapListAndThePrintView() {
        signIn(COORDINATOR);
        browser.open(portal + "/desk");
        browser.find(By.cssSelector("#overview [data-count='new-needs']"));
        browser.checkAccessibility("desk overview");
        browser.screenshots("desk-overview");
        browser.assertFitsWidth("desk overview");

        browser.open(portal + "/desk/gaps");
        browser.find(By.id("gaps"));
        browser.checkAccessibility("gap list");
        browser.screenshots("desk-gaps");
        browser.assertFitsWidth("gap list");

        // the uncovered need with the most learners: HIGH puts it first (the order is priority, then demand)
        String needId = null;
        int most = -1;
        for (JsonNode gap : client.get(Service.NEEDS, "/api/needs/gaps", stack.coordinatorToken())) {
            if (gap.get("totalDemand").asInt() > most) {
                most = gap.get("totalDemand").asInt();
                needId = gap.get("id").asString();
            }
        }
        assertThat(needId).as("an uncovered need").isNotNull();
        String reason = "Kysyntä kasvaa nopeimmin (selaintesti)";
        browser.open(portal + "/desk/gaps/" + needId);
        new Select(browser.find(By.id("priority"))).selectByValue("HIGH");
        browser.find(By.id("reason")).sendKeys(reason);
        browser.checkAccessibility("a need's priority");
        browser.screenshots("desk-priority");
        browser.find(By.id("set-priority")).click();
        browser.waitForUrl("/desk/gaps");

        WebElement first = browser.find(By.cssSelector("#gaps tbody tr[data-need]"));
        assertThat(first.getAttribute("data-need")).as("first in the gap list").isEqualTo(needId);
        assertThat(first.getText()).contains(reason);

        browser.find(By.id("print-view")).click();
        browser.waitForUrl("/desk/gaps/print");
        WebElement printed = browser.find(By.cssSelector("#priorities tbody tr[data-need]"));
        assertThat(printed.getAttribute("data-need")).as("first in the print view").isEqualTo(needId);
        browser.checkAccessibility("print view of the priorities");
        browser.screenshots("desk-print");

        browser.open(portal + "/desk/gaps/" + needId);
        browser.waitForText(By.id("priority-history"), reason);
    }

    @Test
    @Order(3)
    void foresightShowsTheApisFigureInTheChartsTable() {
        browser.open(portal + "/desk/foresight");
        WebElement cell = browser.driver().findElements(By.cssSelector("#demand-table td[data-area][data-horizon][data-region]"))
                .stream().filter(candidate -> !"0".equals(candidate.getAttribute("data-needs"))).findFirst()
                .orElseThrow(() -> new AssertionError("no figure in the demand table"));
        String area = cell.getAttribute("data-area");
        String horizon = cell.getAttribute("data-horizon");
        String region = cell.getAttribute("data-region");
        JsonNode demand = client.get(Service.NEEDS, "/api/foresight/demand?level=concept", stack.coordinatorToken());
        JsonNode row = null;
        for (JsonNode candidate : demand.get("rows")) {
            if (candidate.get("competenceArea").asString().equals(area) && candidate.get("horizon").asString().equals(horizon)
                    && candidate.get("region").asString().equals(region)) {
                row = candidate;
            }
        }
        assertThat(row).as("the API's row of " + area + " " + horizon + " " + region).isNotNull();
        assertThat(cell.getText().replaceAll("[^0-9]", "")).isEqualTo(row.get("learners").asString());
        browser.checkAccessibility("foresight");
        browser.screenshots("desk-foresight");
        browser.assertFitsWidth("foresight");
    }

    @Test
    @Order(4)
    void theAnnualClockShowsTheCurrentMonthsEntry() {
        browser.open(portal + "/desk/clock");
        browser.find(By.cssSelector("svg#clock-wheel"));
        browser.find(By.id("clock-today"));
        int month = LocalDate.now(ZoneId.of("Europe/Helsinki")).getMonthValue();
        assertThat(browser.driver().findElements(By.cssSelector("#clock-list li.current")))
                .as("an entry of month " + month).isNotEmpty();
        browser.checkAccessibility("annual clock");
        browser.screenshots("desk-clock");
        browser.assertFitsWidth("annual clock");
        look("/desk/clock/new", By.cssSelector("main form"), "a new annual clock entry", null);

        look("/desk/meetings", By.id("meetings"), "meetings", "desk-meetings");
        browser.find(By.cssSelector("#meetings [data-meeting] a")).click();
        browser.find(By.id("agenda"));
        browser.checkAccessibility("a meeting");
        browser.screenshots("desk-meeting");
        look("/desk/meetings/new", By.cssSelector("main form"), "scheduling a meeting", null);
    }

    @Test
    @Order(5)
    void theCoordinatorApprovesAnApplication() {
        String businessId = "0000051-0";
        int received = client.status(Service.MEMBERSHIP, "POST", "/api/ecosystems/pohjois-savo/applications", """
                {"name": "%s", "businessId": "%s", "type": "SERVICE_PRODUCER", "regions": ["11"],
                 "competenceAreasOffered": [], "competenceAreasOfInterest": ["home-care"],
                 "contactEmail": "selaintesti@kotihoito.demo.osaava.fi",
                 "contactPerson": {"name": "Saara Selaintesti", "email": "saara@kotihoito.demo.osaava.fi",
                                   "language": "fi", "listed": false},
                 "requestedRing": "MIDDLE", "motivation": "Haluamme mukaan alueen koulutusyhteistyöhön."}"""
                .formatted(APPLICANT, businessId), "");
        assertThat(received).as("the public application").isEqualTo(202);
        browser.open(portal + "/desk/members/applications");
        WebElement row = browser.find(By.cssSelector("#applications tr[data-business-id='" + businessId + "']"));
        String organisationId = row.getAttribute("data-organisation");
        browser.checkAccessibility("applications");
        browser.screenshots("desk-applications");
        row.findElement(By.cssSelector("button.approve")).click();
        browser.waitForText(By.id("flash"), APPLICANT);
        assertThat(browser.driver().findElements(By.cssSelector("#applications tr[data-business-id='" + businessId + "']")))
                .as("no longer waiting").isEmpty();

        browser.open(portal + "/desk/members");
        WebElement member = browser.find(By.cssSelector("#directory tr[data-organisation='" + organisationId + "']"));
        assertThat(member.findElement(By.cssSelector("td.status")).getText()).isEqualTo("Aktiivinen");
        browser.checkAccessibility("members");
        browser.screenshots("desk-members");
        look("/desk/members/passive", By.id("main"), "passive members", "desk-passive");
        look("/desk/members/clients", By.id("main"), "system clients", "desk-clients");

        look("/desk/evaluation", By.id("by-category"), "evaluation", "desk-evaluation");
    }

    @Test
    @Order(6)
    void theReachOfTheHeadlineNeedShowsWhoWasAlertedAndWhyAProviderElsewhereWasNot() {
        browser.open(portal + "/desk/reach");
        browser.checkAccessibility("reach: the needs");
        browser.find(By.cssSelector("#reach-needs tr[data-need='" + headlineNeedId + "'] a")).click();
        browser.waitForUrl("/desk/reach/" + headlineNeedId);
        browser.find(By.id("reach"));
        for (String alerted : demo.headlineAlerted().keySet()) {
            String id = ids.organisationId(alerted).orElseThrow();
            WebElement outcome = browser.find(By.cssSelector("#reach tr[data-organisation='" + id + "'] td.outcome"));
            assertThat(outcome.getAttribute("data-outcome")).as(alerted).isEqualTo("ALERTED");
            assertThat(outcome.getText()).as(alerted).endsWith("Hälytetty");
        }
        String tamk = ids.organisationId("Tampereen ammattikorkeakoulu").orElseThrow();
        WebElement reason = browser.find(By.cssSelector("#reach tr[data-organisation='" + tamk + "'] td.reason"));
        assertThat(reason.getAttribute("data-reason")).as("an education provider in another region").isEqualTo("REGION");
        assertThat(reason.getText()).contains("Alue");
        String reporter = ids.organisationId(demo.headlineReporter()).orElseThrow();
        assertThat(browser.find(By.cssSelector("#reach tr[data-organisation='" + reporter + "'] td.reason"))
                .getAttribute("data-reason")).as("the reporter itself").isEqualTo("ORIGIN");
        browser.checkAccessibility("reach of a need");
        browser.screenshots("desk-reach");
        browser.assertFitsWidth("reach of a need");
        signOut();
    }

    /** Opens a desk page, waits for {@code ready}, checks it with axe, and screenshots it unless {@code shot} is null. */
    private static void look(String path, By ready, String page, @Nullable String shot) {
        browser.open(portal + path);
        browser.find(ready);
        browser.checkAccessibility(page);
        if (shot != null) {
            browser.screenshots(shot);
        }
    }

    private static void signIn(String username) {
        PersonCredentials person = ids.credentials().person(username).orElseThrow();
        browser.open(portal + "/oauth2/authorization/osaava");
        browser.find(By.id("username")).sendKeys(person.username());
        browser.find(By.id("password")).sendKeys(person.password());
        browser.find(By.cssSelector("button[type=submit]")).click();
        browser.waitForAddress(portal + "/");
        browser.find(By.cssSelector("form[action$='/sign-out']"));
    }

    private static void signOut() {
        browser.find(By.cssSelector("form[action$='/sign-out'] button")).click();
        browser.waitForAddress(portal + "/");
        browser.find(By.cssSelector("a[href$='/oauth2/authorization/osaava']"));
    }
}
