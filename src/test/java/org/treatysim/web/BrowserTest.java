package org.treatysim.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The pages in a real browser: Debian's chromium driven by Selenium through /usr/bin/chromedriver (never a downloaded
 * driver). Opens the gallery, builds a what-if (an event switched off, a parameter moved, an error marked at its
 * line), runs a compare, reads the result from the page and checks it against the server's summary.json, checks the
 * charts drew and answer hover and zoom, replays a scenario, and finds no error in the browser's console. Screenshots
 * go to target/browser/. Runs only with -Dtreatysim.browser=true (.ci/browser.sh installs chromium and sets it).
 */
@EnabledIfSystemProperty(named = "treatysim.browser", matches = "true")
@Timeout(600)
class BrowserTest {
    static final Path SHOTS = Path.of("target", "browser");
    static WebServer server;
    static ChromeDriver driver;
    static WebDriverWait wait;
    static String base;

    @BeforeAll static void start() throws IOException {
        server = WebServer.start(WebTestSupport.settings(2, 10, 5, null));
        base = "http://127.0.0.1:" + server.port();
        Files.createDirectories(SHOTS);
        ChromeOptions o = new ChromeOptions();
        o.setBinary(System.getProperty("treatysim.chromium", "/usr/bin/chromium"));
        o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1400,1100",
                "--hide-scrollbars", "--force-device-scale-factor=1");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        o.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver"))).usingAnyFreePort().build();
        driver = new ChromeDriver(service, o);
        wait = new WebDriverWait(driver, Duration.ofSeconds(120));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class); // pages replace each other while we wait
    }

    @AfterAll static void stop() {
        if (driver != null) driver.quit();
        if (server != null) server.close();
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Saves a screenshot and checks it is a real picture (the right size, many colours). */
    private static void shot(String name) throws IOException {
        byte[] png = driver.getScreenshotAs(OutputType.BYTES);
        Files.write(SHOTS.resolve(name + ".png"), png);
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(1400, img.getWidth(), name);
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < img.getHeight(); y += 3) for (int x = 0; x < img.getWidth(); x += 3) colours.add(img.getRGB(x, y));
        assertTrue(colours.size() > 50, name + " looks blank: " + colours.size() + " colours");
    }

    /** Every message the browser's console logged since the last call at level SEVERE (errors, failed loads, CSP). */
    private static void noConsoleErrors(String page) {
        List<String> severe = new ArrayList<>();
        for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) if (e.getLevel().intValue() >= Level.SEVERE.intValue()) severe.add(e.getMessage());
        assertEquals(List.of(), severe, "console errors on " + page);
    }

    /** Non-white pixels drawn on a canvas: a chart that drew has thousands. */
    private static long inked(int canvas) {
        return (Long) js("const c = document.querySelectorAll('canvas')[arguments[0]]; const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
                + "let n = 0; for (let i = 0; i < d.length; i += 4) if (d[i + 3] > 0 && (d[i] < 200 || d[i + 1] < 200 || d[i + 2] < 200)) n++; return n;", canvas);
    }

    @Test void aStudentExploresBuildsAndCompares() throws Exception {
        // 1. The gallery.
        driver.get(base + "/");
        wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("article.card"), 9));
        List<WebElement> cards = driver.findElements(By.cssSelector("article.card"));
        assertEquals("baseline", cards.get(0).getAttribute("data-name"));
        assertTrue(cards.get(1).getText().contains("What if Japan had taken the Soviet two-island offer"), cards.get(1).getText());
        shot("gallery");
        noConsoleErrors("the gallery");

        // 2. The builder: switch an event off, move a parameter, write a reason.
        driver.findElement(By.cssSelector("article.card[data-name=baseline] a.button")).click();
        wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-check", "valid"));
        WebElement name = driver.findElement(By.id("name"));
        name.clear();
        name.sendKeys("browser-no-dulles");
        WebElement question = driver.findElement(By.id("question"));
        question.clear();
        question.sendKeys("What if Dulles had stayed out in 1956?");
        driver.findElement(By.cssSelector("input[data-event='1956-08-dulles-intimidation']")).click();
        js("const s = document.querySelector(\"input[data-param='negotiation.h_max']\"); s.value = 0.1; s.dispatchEvent(new Event('input'));");
        driver.findElement(By.id("rationale")).sendKeys("a stronger drive to sign, for the exercise");
        wait.until(ExpectedConditions.textToBe(By.id("check"), "Valid: browser-no-dulles removes 1 event(s), changes 1 parameter(s) of baseline."));
        String yaml = (String) js("return window.tsEditor.getValue();");
        assertTrue(yaml.contains("remove_events:\n  - 1956-08-dulles-intimidation\n"), yaml);
        assertTrue(yaml.contains("  negotiation.h_max:\n    value: 0.1\n    rationale: \"a stronger drive to sign, for the exercise\"\n"), yaml);
        shot("builder");

        // 3. Edit the YAML by hand with a mistake: the error is marked at its line and column.
        driver.findElement(By.id("by-hand")).click();
        js("window.tsEditor.setValue(arguments[0]);", yaml.replace("  - 1956-08-dulles-intimidation", "  - 1956-08-dulles-intimidaton"));
        wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-check", "invalid"));
        String errors = driver.findElement(By.id("errors")).getText();
        int line = yaml.lines().toList().indexOf("  - 1956-08-dulles-intimidation") + 1;
        assertTrue(errors.startsWith("line " + line + ", column 5: remove_events names '1956-08-dulles-intimidaton'"), errors);
        assertTrue(errors.contains("did you mean '1956-08-dulles-intimidation'?"), errors);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".CodeMirror-lint-marker-error")));
        shot("builder-error");
        driver.findElement(By.id("by-hand")).click(); // back to the form: its valid file again
        wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-check", "valid"));
        noConsoleErrors("the builder");

        // 4. Compare it with its base.
        new Select(driver.findElement(By.id("replications"))).selectByValue("50");
        driver.findElement(By.id("compare")).click();
        wait.until(ExpectedConditions.urlContains("job.html?id="));
        wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-result", "ready"));
        String id = driver.getCurrentUrl().replaceAll(".*id=", "");
        JsonNode summary = new WebTestSupport.Browser(server).get("/api/jobs/" + id + "/files/summary.json").json();
        JsonNode d1957 = summary.get("differences").get(0).get("treaty_by").get("1957-12");
        String first = driver.findElements(By.cssSelector("#sentences li")).get(0).getText();
        assertTrue(first.matches("Compared with baseline, browser-no-dulles (raises|lowers|makes no clear difference to) the chance of a treaty by December 1957.*"), first);
        assertTrue(first.endsWith("(95% CI " + Sentences.signed(d1957.get("ci95").get(0).asDouble()) + " to " + Sentences.signed(d1957.get("ci95").get(1).asDouble()) + ")."), first);
        assertEquals(2L, js("return window.tsCharts.length;"));
        js("window.tsCharts.forEach(c => c.update('none'));"); // draw now, at the size the page gave them
        assertTrue(inked(0) > 5000, "the main chart drew: " + inked(0));
        assertTrue(inked(1) > 2000, "the difference chart drew: " + inked(1));
        // Hover over the month of the removed event: the event and its source appear.
        hover(0, 1956 + 7 / 12.0);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("event-info"), "Source:"));
        String info = driver.findElement(By.id("event-info")).getText();
        assertTrue(info.contains("1956-08") && info.contains("[browser-no-dulles: removed]") && info.contains("Source:"), info);
        shot("compare");
        // Zoom to a period.
        driver.findElement(By.xpath("(//div[@class='periods'])[1]/button[text()='1956-1961']")).click();
        double max = ((Number) js("return window.tsCharts[0].scales.x.max;")).doubleValue();
        assertTrue(max <= 1962.01, "zoomed to 1956-1961: " + max);
        shot("compare-zoomed");
        driver.findElement(By.id("tab-numbers")).click();
        String cell = driver.findElement(By.cssSelector("td[data-whatif='browser-no-dulles'][data-date='1957-12']")).getText();
        assertTrue(cell.startsWith(TSFmt.points(d1957.get("diff").asDouble())), cell + " vs " + d1957);
        driver.findElement(By.id("tab-downloads")).click();
        assertTrue(driver.findElement(By.id("command")).getText().startsWith("./treatysim compare scenarios/baseline.yaml scenarios/browser-no-dulles.yaml -n 50 -s 1"));
        shot("compare-downloads");
        noConsoleErrors("the compare result");

        // 5. Replay the history from the gallery.
        driver.get(base + "/index.html");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button[data-action=replay][data-name=baseline]"))).click();
        wait.until(ExpectedConditions.urlContains("job.html?id="));
        wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-result", "ready"));
        String replay = driver.findElements(By.cssSelector("#sentences li")).get(0).getText();
        assertTrue(replay.startsWith("In 20 simulated histories (seed 1), a treaty is signed by December 2025 in "), replay);
        js("window.tsCharts.forEach(c => c.update('none'));");
        assertTrue(inked(0) > 5000, "the replay chart drew");
        hover(0, 1956 + 9 / 12.0);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("event-info"), "Source:"));
        String joint = driver.findElement(By.id("event-info")).getText();
        assertTrue(joint.contains("Joint Declaration") && joint.contains("Source:"), joint);
        shot("replay");
        noConsoleErrors("the replay");
    }

    /** Moves the mouse over chart {@code index} at the decimal year {@code x}, half-way up. */
    private static void hover(int index, double x) {
        WebElement canvas = driver.findElements(By.tagName("canvas")).get(index);
        double px = ((Number) js("return window.tsCharts[arguments[0]].scales.x.getPixelForValue(arguments[1]);", index, x)).doubleValue();
        int w = canvas.getRect().getWidth(), h = canvas.getRect().getHeight();
        new Actions(driver).moveToElement(canvas, (int) Math.round(px - w / 2.0), -h / 6).perform();
    }

    /** The page's way of writing a difference (charts.js fmt with points). */
    static final class TSFmt {
        static String points(double d) {
            double p = Math.round(d * 1000) / 10.0;
            String s = p == Math.rint(p) ? String.valueOf((long) p) : String.valueOf(p);
            return (p > 0 ? "+" : "") + s + " points";
        }
    }
}
