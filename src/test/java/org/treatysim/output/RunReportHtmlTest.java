package org.treatysim.output;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatysim.cli.Cli;
import org.treatysim.experiment.Scenarios;
import org.treatysim.io.Json;
import org.treatysim.scenario.Event;
import org.treatysim.scenario.ParameterSpec;
import org.treatysim.scenario.Scenario;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** report.html as `run` writes it: well-formed, self-contained, and saying what summary.json and the scenario say. */
class RunReportHtmlTest {
    @TempDir static Path tmp;
    static Path out;
    static String html;
    static Document doc;
    static JsonNode summary;
    static Scenario scenario;
    static List<String> args;

    static int run(List<String> a) {
        StringWriter err = new StringWriter();
        int code = Cli.commandLine().setOut(new PrintWriter(new StringWriter())).setErr(new PrintWriter(err)).execute(a.toArray(new String[0]));
        assertEquals(0, code, err.toString());
        return code;
    }

    @BeforeAll static void runOnce() throws Exception {
        out = tmp.resolve("baseline-run");
        args = List.of("run", "scenarios/baseline.yaml", "-n", "24", "-s", "3", "-t", "2", "-o", out.toString(), "--quiet");
        run(args);
        html = Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8);
        doc = XhtmlCheck.parse(html);
        summary = Json.MAPPER.readTree(out.resolve("summary.json").toFile());
        scenario = Scenarios.load(Path.of("scenarios/baseline.yaml"));
    }

    @Test void isWellFormedXhtml() {
        assertTrue(html.startsWith("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\""));
        assertEquals("html", doc.getDocumentElement().getLocalName());
        assertEquals(XhtmlCheck.XHTML, doc.getDocumentElement().getNamespaceURI());
        assertEquals(1, doc.getElementsByTagNameNS(XhtmlCheck.XHTML, "title").getLength());
    }

    @Test void loadsNothingFromOutside() throws Exception {
        assertEquals(List.of(), XhtmlCheck.externalReferences(doc));
        List<Element> imgs = new ArrayList<>();
        for (Element e : XhtmlCheck.all(doc)) if (e.getLocalName().equals("img")) imgs.add(e);
        assertEquals(1, imgs.size());
        String src = imgs.get(0).getAttribute("src");
        byte[] embedded = Base64.getDecoder().decode(src.substring(src.indexOf(',') + 1));
        assertArrayEquals(Files.readAllBytes(out.resolve("treaty-likelihood.png")), embedded, "the embedded chart is treaty-likelihood.png");
        assertEquals(String.valueOf(TreatyChart.WIDTH), imgs.get(0).getAttribute("width"));
        assertEquals(String.valueOf(TreatyChart.HEIGHT), imgs.get(0).getAttribute("height"));
        assertTrue(imgs.get(0).getAttribute("alt").startsWith("Chart of the annual hazard"), "the chart has alt text");
        for (String a : new String[] {"src=\"http", "src=\"file", "href=\"file", "src=\"//", "href=\"//"}) {
            assertTrue(!html.contains(a), a);
        }
        // Web addresses of sources are links (<a href="https://...">), which load nothing until followed.
        assertEquals(html.split("href=\"http", -1).length - 1, html.split("<a href=\"http", -1).length - 1, "only links point to the web");
    }

    @Test void holdsTheNumbersOfSummaryJsonRoundedForPeopleAndExactForScripts() {
        double p = summary.get("p_treaty_by_end").asDouble();
        assertEquals(HtmlReport.percent(p), text("p_treaty_by_end"));
        assertTrue(text("p_treaty_by_end").matches("\\d+\\.\\d%|0%"), text("p_treaty_by_end"));
        assertEquals(p, Double.parseDouble(value("p_treaty_by_end")));
        JsonNode ci = summary.get("p_treaty_by_end_ci90");
        assertEquals(HtmlReport.percentRange(ci.get(0).asDouble(), ci.get(1).asDouble()), text("p_treaty_by_end_ci90"));
        assertTrue(text("p_treaty_by_end_ci90").matches("\\d+(\\.\\d)?-\\d+(\\.\\d)?%"), "like 20.7-25.1%: " + text("p_treaty_by_end_ci90"));
        String[] exact = value("p_treaty_by_end_ci90").split(" ");
        assertEquals(ci.get(0).asDouble(), Double.parseDouble(exact[0]));
        assertEquals(ci.get(1).asDouble(), Double.parseDouble(exact[1]));
        assertEquals(summary.get("replications_signed").asInt() + " of 24", text("replications_signed"));
        JsonNode islands = summary.get("mean_islands_if_signed");
        assertEquals(islands.isNull() ? "none signed" : String.format(java.util.Locale.ROOT, "%.1f", islands.asDouble()), text("mean_islands_if_signed"));
        double peak = summary.get("peak_hazard_annual").asDouble();
        assertEquals(HtmlReport.percent(peak) + " per year", text("peak_hazard_annual"));
        assertEquals(peak, Double.parseDouble(value("peak_hazard_annual")));
        assertEquals(summary.get("peak_month").asText(), text("peak_month"));
        assertEquals("24", text("replications"));
        assertEquals("3", text("seed"));
        List<List<String>> windows = XhtmlCheck.tableRows(XhtmlCheck.children(XhtmlCheck.byId(doc, "figures"), "table").get(1));
        assertEquals(summary.get("windows").size(), windows.size());
        for (int i = 0; i < windows.size(); i++) {
            JsonNode w = summary.get("windows").get(i);
            assertEquals(List.of(w.get("peak").asText(), HtmlReport.percent(w.get("hazard_annual").asDouble()) + " per year",
                    w.get("from").asText(), w.get("to").asText()), windows.get(i));
        }
        assertTrue(!shownText().matches("(?s).*\\d\\.\\d{5,}.*"), "no number with five or more decimals is shown (data-value aside)");
    }

    @Test void startsWithHowToReadItAndShowsTheChartWide() {
        Element first = XhtmlCheck.children(doc.getDocumentElement(), "section").get(0);
        assertEquals("how-to-read", first.getAttribute("id"));
        assertTrue(first.getTextContent().contains("annual hazard"), first.getTextContent());
        Element figure = XhtmlCheck.children(XhtmlCheck.byId(doc, "chart"), "figure").get(0);
        assertEquals("wide", figure.getAttribute("class"));
        assertTrue(html.contains("figure.wide { margin-left: calc(50% - min(50vw, 800px)"), "the chart breaks out of the text column");
    }

    @Test void listsEveryEventWithDateTitleDirectionAndSources() {
        List<List<String>> rows = XhtmlCheck.tableRows(XhtmlCheck.children(XhtmlCheck.byId(doc, "events"), "table").get(0));
        List<Event> events = scenario.events();
        assertEquals(events.size(), rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Event e = events.get(i);
            List<String> r = rows.get(i);
            assertEquals(e.date().toString(), r.get(0));
            assertTrue(r.get(1).startsWith(e.title()), r.get(1));
            assertTrue(r.get(2).startsWith(e.direction() + " "), r.get(2));
            assertEquals(e.source(), r.get(4));
        }
        // A fact of the history, not of the calibration: the Joint Declaration of October 1956 is in the table.
        assertTrue(rows.stream().anyMatch(r -> r.get(0).equals("1956-10") && r.get(1).contains("Joint Declaration")));
    }

    @Test void listsTheParametersTheRunReadsWithUnitRangeBasisAndSource() {
        List<List<String>> rows = XhtmlCheck.tableRows(XhtmlCheck.children(XhtmlCheck.byId(doc, "parameters"), "table").get(0));
        List<ParameterSpec> specs = new ArrayList<>(HtmlReport.usedParameters(scenario).values());
        assertEquals(specs.size(), rows.size());
        for (int i = 0; i < rows.size(); i++) {
            ParameterSpec p = specs.get(i);
            assertEquals(List.of(p.name(), HtmlReport.human(p.value()), p.unit(), "[" + HtmlReport.human(p.low()) + ", " + HtmlReport.human(p.high()) + "]",
                    p.distribution().id(), p.basis(), p.source()), rows.get(i).subList(0, 7));
        }
        List<String> names = rows.stream().map(r -> r.get(0)).toList();
        // The baseline bargains by the two-level theory: the other theories' parameters are not read, the model's and events' are.
        assertTrue(names.stream().noneMatch(n -> n.startsWith("eu.") || n.startsWith("nash.")), names.toString());
        assertTrue(names.contains("negotiation.h_max") && names.contains("init.JP.min_accept"), names.toString());
        assertTrue(names.contains("ratchet.constitution_2020_cap"), "read by the 2020 amendment event: " + names);
        int left = scenario.parameters().specs().size() - rows.size();
        assertTrue(left >= 12, "the expected-utility and Nash parameters are left out: " + left);
        assertTrue(XhtmlCheck.byId(doc, "parameters").getTextContent().contains(left + " more parameters are defined in parameters.yaml but not read"));
        assertTrue(HtmlReport.usedParameters(scenario.withBargaining("nash")).containsKey("nash.jp_power"));
        assertTrue(!HtmlReport.usedParameters(scenario.withBargaining("nash")).containsKey("eu.q"));
        assertTrue(HtmlReport.usedParameters(scenario.withBargaining("expected-utility")).containsKey("eu.q"));
    }

    @Test void sourcesAreLinks() {
        Element events = XhtmlCheck.byId(doc, "events");
        List<String> hrefs = XhtmlCheck.children(events, "a").stream().map(e -> e.getAttribute("href")).toList();
        assertTrue(hrefs.size() >= 10, "the baseline's sources name many web pages: " + hrefs.size());
        for (String h : hrefs) assertTrue(h.matches("https?://\\S+") && !h.endsWith(".") && !h.endsWith(")") && !h.endsWith(";"), h);
        for (Event e : scenario.events()) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("https?://[^\\s;]+").matcher(e.source());
            while (m.find()) {
                String u = m.group().replaceAll("[.,)]+$", "");
                assertTrue(hrefs.contains(u), "a link to " + u + " (" + e.id() + ")");
            }
        }
    }

    @Test void theCommandShownReproducesTheRunByteForByte() throws Exception {
        List<Element> cmds = XhtmlCheck.children(XhtmlCheck.byId(doc, "reproduce"), "pre");
        String shown = cmds.get(0).getTextContent();
        assertEquals("./treatysim " + String.join(" ", args), shown);
        assertEquals(1, cmds.size(), "-n and -s were given, so no second, explicit form");
        // Run exactly what is shown (its -o names the same folder, so move the first results aside first).
        Path first = tmp.resolve("first");
        Files.move(out, first);
        List<String> again = List.of(shown.substring("./treatysim ".length()).split(" "));
        run(again);
        assertArrayEquals(Files.readAllBytes(first.resolve("summary.json")), Files.readAllBytes(out.resolve("summary.json")));
        assertArrayEquals(Files.readAllBytes(first.resolve("report.html")), Files.readAllBytes(out.resolve("report.html")),
                "same command, same seed: the same report, byte for byte");
        Files.move(out, tmp.resolve("second"));
        Files.move(first, out);
    }

    private static String value(String id) {
        return XhtmlCheck.byId(doc, id).getAttribute("data-value");
    }

    /** The text a reader sees (the document's text content: attributes such as data-value and the image data left out). */
    private static String shownText() {
        return doc.getDocumentElement().getTextContent();
    }

    private static String text(String id) {
        Element e = XhtmlCheck.byId(doc, id);
        assertTrue(e != null, "no element with id " + id);
        return e.getTextContent();
    }
}
