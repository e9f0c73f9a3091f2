package fi.osaava.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

/**
 * A real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}; {@code .ci/run} installs them)
 * driven over WebDriver. Every page it is asked to check is run through axe-core (WCAG 2.1 A and AA rules); the
 * serious and critical violations are collected per page, so one test can report them all.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getProperty("osaava.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("osaava.chromedriver", "/usr/bin/chromedriver"));
    static final Dimension DESKTOP = new Dimension(1280, 900);
    static final Dimension MOBILE = new Dimension(375, 800);

    private final ChromeDriver driver;
    private final Path screenshots;
    /** page name → axe result line (rule, impact, nodes), every page checked */
    private final Map<String, List<String>> axe = new TreeMap<>();

    Browser(Path screenshots) {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException("The browser tests need Debian's chromium and chromium-driver (" + CHROMIUM
                    + ", " + CHROMEDRIVER + "): apt-get install chromium chromium-driver (.ci/run does)");
        }
        this.screenshots = screenshots;
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--lang=fi-FI", "--window-size=" + DESKTOP.width + "," + DESKTOP.height);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    ChromeDriver driver() {
        return driver;
    }

    void open(String url) {
        driver.get(url);
    }

    WebElement find(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(by));
    }

    void waitForText(By by, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    void waitForUrl(String part) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains(part));
    }

    /** Waits until the address starts with this (a base URL with its slash: {@code :2534/} is not {@code :25342/}). */
    void waitForAddress(String prefix) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().startsWith(prefix));
    }

    String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** Sets a field's value as a script would (date and time inputs take typed keys by the browser's locale). */
    void setValue(By by, String value) {
        driver.executeScript("arguments[0].value = arguments[1]; "
                + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", find(by), value);
    }

    /** Runs axe-core on the page as it is now, and keeps its serious and critical violations under this name. */
    void checkAccessibility(String page) {
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze(driver);
        List<String> found = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            if ("serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact())) {
                found.add(rule.getId() + " (" + rule.getImpact() + ", " + rule.getNodes().size() + " nodes: "
                        + rule.getNodes().stream().limit(3).map(node -> String.valueOf(node.getTarget())).toList() + ")");
            }
        }
        axe.put(page, found);
    }

    /** Every page checked, with its serious and critical violations (empty when none). */
    Map<String, List<String>> accessibility() {
        return Map.copyOf(axe);
    }

    /** Screenshots of the page as it is now, at desktop and mobile width: {@code <name>-desktop.png}, {@code -mobile.png}. */
    void screenshots(String name) {
        shoot(name + "-desktop", DESKTOP);
        shoot(name + "-mobile", MOBILE);
        driver.manage().window().setSize(DESKTOP);
    }

    private void shoot(String name, Dimension size) {
        driver.manage().window().setSize(size);
        driver.executeScript("window.scrollTo(0, 0);");
        try {
            Files.createDirectories(screenshots);
            Files.write(screenshots.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The page is not wider than the window (no sideways scrolling at 375 px). */
    void assertFitsWidth(String page) {
        driver.manage().window().setSize(MOBILE);
        Long scrollWidth = (Long) driver.executeScript("return document.documentElement.scrollWidth;");
        Long clientWidth = (Long) driver.executeScript("return document.documentElement.clientWidth;");
        driver.manage().window().setSize(DESKTOP);
        assertThat(scrollWidth).as(page + " at 375 px: scroll width").isLessThanOrEqualTo(clientWidth + 1);
    }

    /** The value of one of the browser's cookies for the current site, e.g. the portal's session. */
    String cookie(String name) {
        org.openqa.selenium.Cookie cookie = driver.manage().getCookieNamed(name);
        if (cookie == null) {
            throw new IllegalStateException("no cookie " + name);
        }
        return cookie.getValue();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
