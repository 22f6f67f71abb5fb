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
 * driver). Opens the gallery, builds a what-if (an intervention forbidding a decision on record, a shock switched off,
 * a parameter moved; two errors marked at their lines), runs a compare, reads the result from the page and checks it
 * against the server's summary.json and view, checks the charts drew and answer hover and zoom, reads what blocks a
 * treaty, the decisions and one replication's story side by side, replays a scenario and reads one of its stories, and
 * finds no error in the browser's console. Screenshots go to target/browser/. Runs only with -Dtreatysim.browser=true (.ci/browser.sh installs chromium and sets it).
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

    /** Non-white pixels drawn on the canvas {@code selector} finds: a chart that drew has thousands. */
    private static long inked(String selector) {
        return (Long) js("const c = document.querySelector(arguments[0]); const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
                + "let n = 0; for (let i = 0; i < d.length; i += 4) if (d[i + 3] > 0 && (d[i] < 200 || d[i + 1] < 200 || d[i + 2] < 200)) n++; return n;", selector);
    }

    private static long inked(int canvas) {
        return inked(chartCanvas(canvas));
    }

    /** The selector of the chart tab's canvas {@code i} (0: the main chart, 1: the paired difference). */
    private static String chartCanvas(int i) {
        return "#panel-chart .chart-box canvas[data-index='" + i + "']";
    }

    private static WebElement waitFor(String css) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    }

    private static void tab(String id) {
        driver.findElement(By.id("tab-" + id)).click();
        wait.until(ExpectedConditions.attributeToBe(By.id("tab-" + id), "aria-selected", "true"));
    }

    /** Sets a text field as a student types it: the whole value replaced, then the page told. */
    private static void type(WebElement input, String text) {
        js("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input')); arguments[0].dispatchEvent(new Event('change'));", input, text);
    }

    @Test void aStudentExploresBuildsAndCompares() throws Exception {
        WebTestSupport.Browser api = new WebTestSupport.Browser(server);
        // 1. The gallery.
        driver.get(base + "/");
        wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("article.card"), 9));
        List<WebElement> cards = driver.findElements(By.cssSelector("article.card"));
        assertEquals("baseline", cards.get(0).getAttribute("data-name"));
        String twoIslands = driver.findElement(By.cssSelector("article.card[data-name='whatif-1956-two-islands']")).getText();
        assertTrue(twoIslands.contains("What if Japan had taken the Soviet two-island offer") && twoIslands.contains("1 intervention"), twoIslands);
        shot("gallery");
        noConsoleErrors("the gallery");

        // 2. The builder: an intervention on a decision on record, a shock switched off, a parameter moved.
        driver.findElement(By.cssSelector("article.card[data-name=baseline] a.button")).click();
        wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-check", "valid"));
        WebElement name = driver.findElement(By.id("name"));
        name.clear();
        name.sendKeys("browser-no-dulles");
        WebElement question = driver.findElement(By.id("question"));
        question.clear();
        question.sendKeys("What if Dulles had stayed out in 1956, and the security treaty had not been revised?");
        assertTrue(driver.findElements(By.cssSelector("input[data-event='1956-08-dulles-intimidation']")).isEmpty(),
                "a decision on record cannot be switched off in the agent model");
        driver.findElement(By.cssSelector("button[data-intervene='1956-08-dulles-intimidation']")).click();
        WebElement iv = waitFor("[data-intervention='0']");
        assertEquals("US.press", new Select(iv.findElement(By.cssSelector("select[data-field=rule]"))).getFirstSelectedOption().getAttribute("value"));
        assertEquals("forbid", new Select(iv.findElement(By.cssSelector("select[data-field=mode]"))).getFirstSelectedOption().getAttribute("value"));
        assertTrue(iv.findElement(By.cssSelector("input[data-option=press]")).isSelected(), "what the record says Washington did is forbidden");
        assertEquals("1956-08", iv.findElement(By.cssSelector("input[data-field=from]")).getAttribute("value"));
        type(iv.findElement(By.cssSelector("input[data-field=to]")), "1956-12");
        iv.findElement(By.cssSelector("input[data-field=rationale]")).sendKeys("Dulles stays silent (FRUS 1955-57 v23 d89)");
        driver.findElement(By.cssSelector("input[data-event='1960-01-revised-security-treaty']")).click();
        js("const s = document.querySelector(\"input[data-param='negotiation.h_max']\"); s.value = 0.1; s.dispatchEvent(new Event('input'));");
        driver.findElement(By.id("rationale")).sendKeys("a stronger drive to sign, for the exercise");
        wait.until(ExpectedConditions.textToBe(By.id("check"), "Valid: browser-no-dulles removes 1 event(s), changes 1 parameter(s), "
                + "intervenes on 1 decision(s): forbid US.press = press over 1956-08..1956-12 of baseline."));
        String yaml = (String) js("return window.tsEditor.getValue();");
        assertTrue(yaml.contains("remove_events:\n  - 1960-01-revised-security-treaty\n"), yaml);
        assertTrue(yaml.contains("interventions:\n  - decision: US.press\n    forbid: [press]\n    from: 1956-08\n    to: 1956-12\n"
                + "    rationale: \"Dulles stays silent (FRUS 1955-57 v23 d89)\"\n"), yaml);
        assertTrue(yaml.contains("  negotiation.h_max:\n    value: 0.1\n    rationale: \"a stronger drive to sign, for the exercise\"\n"), yaml);
        String valid = driver.findElement(By.id("check")).getText();
        // A shock moved to another month, then back.
        driver.findElement(By.cssSelector("button[data-move='1991-12-ussr-dissolves']")).click();
        type(waitFor("input[data-move-to='1991-12-ussr-dissolves']"), "1992-06");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("check"), "moves or changes 1"));
        assertTrue(((String) js("return window.tsEditor.getValue();")).contains("modify_events:\n  1991-12-ussr-dissolves:\n    date: 1992-06\n"));
        driver.findElement(By.cssSelector("button[data-move='1991-12-ussr-dissolves']")).click();
        type(waitFor("input[data-move-to='1991-12-ussr-dissolves']"), "1991-12");
        wait.until(ExpectedConditions.textToBe(By.id("check"), valid));
        // The scripted null replays the record: its decisions can be switched off, and it takes no interventions.
        new Select(driver.findElement(By.id("agents"))).selectByValue("scripted");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("check"), "replays the record with the scripted null model"));
        String scripted = (String) js("return window.tsEditor.getValue();");
        assertTrue(scripted.contains("\nagents: scripted\n") && !scripted.contains("interventions:"), scripted);
        assertEquals(1, driver.findElements(By.cssSelector("input[data-event='1956-08-dulles-intimidation']")).size());
        new Select(driver.findElement(By.id("agents"))).selectByValue("decide");
        wait.until(ExpectedConditions.textToBe(By.id("check"), valid));
        assertEquals(yaml, js("return window.tsEditor.getValue();"), "back to the agent model: the same file");
        js("document.getElementById('section-interventions').scrollIntoView();");
        shot("builder");

        // 3. Edit the YAML by hand with two mistakes: each is marked at its line and column.
        driver.findElement(By.id("by-hand")).click();
        js("window.tsEditor.setValue(arguments[0]);", yaml.replace("  - 1960-01-revised-security-treaty", "  - 1960-01-revised-security-treat")
                .replace("forbid: [press]", "forbid: [pres]"));
        wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-check", "invalid"));
        List<WebElement> errors = driver.findElements(By.cssSelector("#errors li"));
        int removeLine = yaml.lines().toList().indexOf("  - 1960-01-revised-security-treaty") + 1;
        int forbidLine = yaml.lines().toList().indexOf("    forbid: [press]") + 1;
        assertEquals(2, errors.size(), driver.findElement(By.id("errors")).getText());
        assertTrue(errors.get(0).getText().startsWith("line " + removeLine + ", column 5: remove_events names '1960-01-revised-security-treat'"), errors.get(0).getText());
        assertTrue(errors.get(0).getText().contains("did you mean '1960-01-revised-security-treaty'?"), errors.get(0).getText());
        assertTrue(errors.get(1).getText().startsWith("line " + forbidLine + ", column 14: 'pres' is not an option of US.press"), errors.get(1).getText());
        wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector(".CodeMirror-lint-marker-error"), 1));
        shot("builder-error");
        driver.findElement(By.id("by-hand")).click(); // back to the form: its valid file again
        wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-check", "valid"));
        noConsoleErrors("the builder");

        // 4. Compare it with its base.
        new Select(driver.findElement(By.id("replications"))).selectByValue("50");
        driver.findElement(By.id("compare")).click();
        wait.until(ExpectedConditions.urlContains("job.html?id="));
        wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-result", "ready"));
        String id = driver.getCurrentUrl().replaceAll(".*id=", "").replaceAll("&.*", "");
        JsonNode summary = api.get("/api/jobs/" + id + "/files/summary.json").json();
        JsonNode view = api.get("/api/jobs/" + id + "/view").json();
        String date = summary.get("dates").get(0).asText(); // chosen where the paired difference is largest
        JsonNode d0 = summary.get("differences").get(0).get("treaty_by").get(date);
        List<WebElement> sentences = driver.findElements(By.cssSelector("#sentences li"));
        assertEquals(view.get("sentences").size(), sentences.size());
        String first = sentences.get(0).getText();
        assertTrue(first.matches("Compared with baseline, browser-no-dulles (raises|lowers|makes no clear difference to) the chance of a treaty by "
                + Sentences.month(java.time.YearMonth.parse(date)) + ".*"), first);
        assertTrue(first.endsWith("(95% CI " + Sentences.signed(d0.get("ci95").get(0).asDouble()) + " to " + Sentences.signed(d0.get("ci95").get(1).asDouble()) + ")."), first);
        assertEquals(2L, js("return window.tsCharts.length;"));
        js("window.tsCharts.forEach(c => c.update('none'));"); // draw now, at the size the page gave them
        assertTrue(inked(0) > 5000, "the main chart drew: " + inked(0));
        assertTrue(inked(1) > 2000, "the difference chart drew: " + inked(1));
        // Hover over the month the intervention starts: it appears with its rationale.
        hover(0, 1956 + 7 / 12.0);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("event-info"), "[browser-no-dulles: intervention]"));
        String info = driver.findElement(By.id("event-info")).getText();
        assertTrue(info.contains("1956-08") && info.contains("forbid US.press = press over 1956-08..1956-12") && info.contains("Source:"), info);
        shot("compare");
        // Zoom to a period.
        driver.findElement(By.xpath("(//div[@class='periods'])[1]/button[text()='1956-1961']")).click();
        double max = ((Number) js("return window.tsCharts[0].scales.x.max;")).doubleValue();
        assertTrue(max <= 1962.01, "zoomed to 1956-1961: " + max);
        shot("compare-zoomed");

        // 5. What blocks a treaty: one stacked chart per scenario, the gates of blocking.png in its order and words.
        tab("blocking");
        assertTrue(driver.getCurrentUrl().contains("tab=blocking"), "the address keeps the tab: " + driver.getCurrentUrl());
        assertEquals(2L, js("return window.tsBlocking.length;"));
        js("window.tsBlocking.forEach(c => c.update('none'));");
        for (String arm : List.of("baseline", "browser-no-dulles")) assertTrue(inked("canvas[data-arm='" + arm + "']") > 20000, arm + " drew its gates");
        List<String> key = driver.findElements(By.cssSelector("#gate-legend li")).stream().map(WebElement::getText).toList();
        List<String> gates = new ArrayList<>(org.treatysim.output.RunReport.GATE_LABELS);
        java.util.Collections.reverse(gates);
        assertEquals(gates, key, "top band first");
        hover("canvas[data-arm='baseline']", "window.tsBlocking[0]", 1970.5);
        shot("blocking");

        // 6. Decisions: every decision either scenario took, with the page's numbers those of the view.
        tab("decisions");
        List<WebElement> rows = driver.findElements(By.cssSelector("#decisions-table tbody tr"));
        java.util.Set<String> keys = new java.util.TreeSet<>();
        for (JsonNode a : view.get("arms")) a.get("decisions").fieldNames().forEachRemaining(keys::add);
        view.get("arms").get(1).get("after").get("shares").fieldNames().forEachRemaining(keys::add);
        assertEquals(keys.size(), rows.size(), "one row per decision taken");
        JsonNode press = view.get("arms").get(1).get("decisions").get("US.press=press");
        String cell = driver.findElement(By.cssSelector("tr[data-key='US.press=press'] td[data-arm='browser-no-dulles']")).getText();
        assertEquals(press == null ? "0%" : TSFmt.pct(press.get("share_of_replications").asDouble()), cell.trim());
        driver.findElement(By.cssSelector("button[data-group=US]")).click();
        for (WebElement r : driver.findElements(By.cssSelector("#decisions-table tbody tr"))) {
            assertTrue(r.getAttribute("data-key").matches("US\\..*"), "only Washington's: " + r.getAttribute("data-key"));
        }
        driver.findElement(By.cssSelector("button[data-group=all]")).click();
        shot("decisions");

        // 7. The story: replication k of base and what-if side by side, as the server tells it.
        tab("story");
        wait.until(ExpectedConditions.attributeToBe(By.id("story"), "data-state", "ready"));
        JsonNode story = api.get("/api/jobs/" + id + "/story?replication=0").json();
        JsonNode parted = story.get("first_difference").get(1);
        assertEquals("Replication 0 (seed 1): baseline and browser-no-dulles tell the same history "
                + (parted.isNull() ? "throughout." : "until " + parted.asText() + ", where they part."), driver.findElement(By.id("story-summary")).getText());
        assertEquals(story.get("arms").get(0).get("ending").asText(), driver.findElement(By.id("ending-0")).getText());
        assertEquals(story.get("arms").get(1).get("ending").asText(), driver.findElement(By.id("ending-1")).getText());
        driver.findElement(By.id("story-next")).click();
        wait.until(ExpectedConditions.attributeToBe(By.id("story"), "data-replication", "1"));
        wait.until(ExpectedConditions.attributeToBe(By.id("story"), "data-state", "ready"));
        assertTrue(driver.getCurrentUrl().contains("tab=story") && driver.getCurrentUrl().contains("replication=1"), driver.getCurrentUrl());
        shot("story");

        driver.findElement(By.id("tab-numbers")).click();
        String numbers = driver.findElement(By.cssSelector("td[data-whatif='browser-no-dulles'][data-date='" + date + "']")).getText();
        assertTrue(numbers.startsWith(TSFmt.points(d0.get("diff").asDouble())), numbers + " vs " + d0);
        driver.findElement(By.id("tab-downloads")).click();
        assertTrue(driver.findElement(By.id("command")).getText().startsWith("./treatysim compare scenarios/baseline.yaml scenarios/browser-no-dulles.yaml -n 50 -s 1"));
        shot("compare-downloads");
        noConsoleErrors("the compare result");

        // 8. Replay the history from the gallery, and read one of its stories.
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
        String run = driver.getCurrentUrl().replaceAll(".*id=", "").replaceAll("&.*", "");
        driver.get(base + "/job.html?id=" + run + "&tab=story&replication=4");
        wait.until(ExpectedConditions.attributeToBe(By.id("story"), "data-state", "ready"));
        JsonNode told = api.get("/api/jobs/" + run + "/story?replication=4").json().get("arms").get(0);
        assertEquals(told.get("lines").size(), driver.findElements(By.cssSelector("#story ul.story-lines li")).size(), "every line of the story");
        assertEquals(told.get("ending").asText(), driver.findElement(By.id("ending-0")).getText());
        assertTrue(driver.findElement(By.cssSelector("#story pre.cmd")).getText().equals("./treatysim story scenarios/baseline.yaml -r 4 -s 1"));
        shot("replay-story");
        noConsoleErrors("the replay");
    }

    /** Moves the mouse over the canvas {@code selector} (chart object {@code chart}, a JS expression) at the decimal year {@code x}. */
    private static void hover(String selector, String chart, double x) {
        WebElement canvas = driver.findElement(By.cssSelector(selector));
        double px = ((Number) js("return " + chart + ".scales.x.getPixelForValue(arguments[0]);", x)).doubleValue();
        int w = canvas.getRect().getWidth(), h = canvas.getRect().getHeight();
        new Actions(driver).moveToElement(canvas, (int) Math.round(px - w / 2.0), -h / 6).perform();
    }

    /** Moves the mouse over the chart tab's chart {@code index} at the decimal year {@code x}. */
    private static void hover(int index, double x) {
        hover(chartCanvas(index), "window.tsCharts[" + index + "]", x);
    }

    /** The page's ways of writing numbers (charts.js fmt with points; api.js pct). */
    static final class TSFmt {
        static String pct(double p) {
            double v = 100 * p;
            return (v > 0 && v < 1) || (v > 99 && v < 100) ? String.format(java.util.Locale.ROOT, "%.1f%%", v) : String.format(java.util.Locale.ROOT, "%.0f%%", v);
        }

        static String points(double d) {
            double p = Math.round(d * 1000) / 10.0;
            String s = p == Math.rint(p) ? String.valueOf((long) p) : String.valueOf(p);
            return (p > 0 ? "+" : "") + s + " points";
        }
    }
}
