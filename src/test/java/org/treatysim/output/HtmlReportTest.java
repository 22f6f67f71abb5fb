package org.treatysim.output;

import org.junit.jupiter.api.Test;
import org.treatysim.io.Html;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HtmlReportTest {
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 0};

    @Test void hostileTextStaysTextAndTheDocumentStaysWellFormed() throws Exception {
        String evil = "<script>alert(\"x\")</script> & 'quoted' </td></tr></table> ]]> <!-- \u0001\u0007end "
                + "https://e.org/a\"onclick=\"x()\" http://e.org/'><script>y()</script>";
        String html = new HtmlReport("Title " + evil).subtitle(evil)
                .section("one", "Heading " + evil).paragraph(evil)
                .figures(List.<String[]>of(new String[] {"p_value", "label " + evil, evil, evil}))
                .table(evil, List.of("a", evil), List.of(List.of(evil, "x")))
                .command(evil, "./treatysim run " + evil)
                .png(PNG, evil, evil)
                .html();
        Document doc = XhtmlCheck.parse(html);
        assertEquals(XhtmlCheck.XHTML, doc.getDocumentElement().getNamespaceURI());
        assertTrue(doc.getElementsByTagNameNS("*", "script").getLength() == 0, "no script element may come from text");
        String expected = evil.replace("\u0001", "").replace("\u0007", "");
        assertEquals(expected, XhtmlCheck.byId(doc, "p_value").getTextContent());
        assertEquals(expected, XhtmlCheck.byId(doc, "p_value").getAttribute("data-value"));
        Element section = XhtmlCheck.byId(doc, "one");
        assertEquals(expected, XhtmlCheck.children(section, "p").get(0).getTextContent());
        assertEquals(List.of(List.of(expected, "x")), XhtmlCheck.tableRows(XhtmlCheck.children(section, "table").get(1)));
        assertEquals(List.of(), XhtmlCheck.externalReferences(doc));
    }

    @Test void escapeCoversTheFiveCharactersAndDropsWhatXmlForbids() {
        assertEquals("&amp;&lt;&gt;&quot;&#39;a\tb\nc", Html.escape("&<>\"'a\tb\nc\u0000\u001F"));
        assertEquals("", Html.escape(null));
        assertEquals("Kunashir – Etorofu 択捉", Html.escape("Kunashir – Etorofu 択捉"));
    }

    @Test void theSelfContainmentCheckCatchesEveryKindOfLoad() throws Exception {
        String[] bad = {
                "<img src=\"https://example.org/x.png\" alt=\"\" />",
                "<img src=\"chart.png\" alt=\"\" />",
                "<img src=\"file:///etc/passwd\" alt=\"\" />",
                "<img src=\"data:image/png;base64,AAAA\" alt=\"\" />",
                "<a href=\"x.html\">x</a>",
                "<a href=\"javascript:alert(1)\">x</a>",
                "<a href=\"file:///etc/passwd\">x</a>",
                "<a href=\"#nowhere\">x</a>",
                "<script>1</script>",
                "<link rel=\"stylesheet\" href=\"s.css\" />",
                "<div style=\"background: url(x.png)\">x</div>",
                "<style>@import 'x.css';</style>",
                "<iframe src=\"about:blank\"></iframe>",
                "<p onclick=\"x()\">x</p>",
        };
        for (String b : bad) {
            Document doc = XhtmlCheck.parse("<html xmlns=\"http://www.w3.org/1999/xhtml\"><body>" + b + "</body></html>");
            assertFalse(XhtmlCheck.externalReferences(doc).isEmpty(), "should be flagged: " + b);
        }
        Document ok = XhtmlCheck.parse("<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p id=\"t\">x</p><a href=\"#t\">t</a>"
                + "<a href=\"https://history.state.gov/x\">a source</a></body></html>");
        assertEquals(List.of(), XhtmlCheck.externalReferences(ok));
        assertThrows(Exception.class, () -> XhtmlCheck.parse("<html><body><p>unclosed</body></html>"));
    }

    @Test void sectionsAreListedInTheContentsAndClosed() throws Exception {
        String html = new HtmlReport("T").section("a", "First").paragraph("1").section("b-2", "Second").paragraph("2").html();
        Document doc = XhtmlCheck.parse(html);
        List<Element> links = XhtmlCheck.children(doc.getDocumentElement(), "a");
        assertEquals(List.of("#a", "#b-2"), links.stream().map(e -> e.getAttribute("href")).toList());
        assertEquals("Second2", XhtmlCheck.byId(doc, "b-2").getTextContent().replace("\n", ""));
        assertThrows(IllegalArgumentException.class, () -> new HtmlReport("T").section("a", "x").section("a", "y"));
        assertThrows(IllegalArgumentException.class, () -> new HtmlReport("T").section("Bad Id", "x"));
    }

    @Test void imageSizeComesFromThePngHeader() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0x03, 0x20, 0, 0, 0x01, (byte) 0xC2};
        Document doc = XhtmlCheck.parse(new HtmlReport("T").png(png, "a", "").html());
        Element img = (Element) doc.getElementsByTagNameNS(XhtmlCheck.XHTML, "img").item(0);
        assertEquals("800", img.getAttribute("width"));
        assertEquals("450", img.getAttribute("height"));
    }

    @Test void overriddenParametersAreMarkedWithTheirRationale() throws Exception {
        var a = new org.treatysim.scenario.ParameterSpec("jp.flex_china", 0.4, "islands per unit threat", 0, 0.8,
                org.treatysim.scenario.ParameterSpec.Distribution.TRIANGULAR, "judgement", "events.md", "d");
        var b = new org.treatysim.scenario.ParameterSpec("ru.offer_need", 1.25, "islands", 0.5, 2,
                org.treatysim.scenario.ParameterSpec.Distribution.FIXED, "sourced", "seed 000", "");
        var specs = new java.util.LinkedHashMap<String, org.treatysim.scenario.ParameterSpec>();
        specs.put(a.name(), a);
        specs.put(b.name(), b);
        Document doc = XhtmlCheck.parse(new HtmlReport("T").section("p", "P")
                .parameters(specs, java.util.Map.of("jp.flex_china", "seminar experiment")).html());
        List<Element> rows = XhtmlCheck.children(XhtmlCheck.byId(doc, "p"), "tr");
        assertEquals(3, rows.size(), "header and two parameters");
        assertEquals("override", rows.get(1).getAttribute("class"));
        assertEquals("", rows.get(2).getAttribute("class"));
        List<List<String>> cells = XhtmlCheck.tableRows(XhtmlCheck.children(XhtmlCheck.byId(doc, "p"), "table").get(0));
        assertEquals(List.of("jp.flex_china", "0.4", "islands per unit threat", "[0, 0.8]", "triangular", "judgement",
                "Scenario override: seminar experiment | Parameter file: events.md", "d"), cells.get(0));
        assertEquals(List.of("ru.offer_need", "1.25", "islands", "[0.5, 2]", "fixed", "sourced", "seed 000", ""), cells.get(1));
    }

    @Test void malformedInputIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new HtmlReport("T").table("c", List.of("a", "b"), List.of(List.of("1"))));
        assertThrows(IllegalArgumentException.class, () -> new HtmlReport("T").png(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9}, "", ""));
        assertThrows(IllegalArgumentException.class, () -> new HtmlReport("T").table("c", List.of("a"), List.of(List.of("1")), List.of("onclick")));
    }

    @Test void commandsAreQuotedForAPosixShell() {
        assertEquals("./treatysim run scenarios/baseline.yaml -n 1000 -s 1",
                HtmlReport.shellCommand("run", List.of("run", "scenarios/baseline.yaml", "-n", "1000", "-s", "1")));
        assertEquals("./treatysim run -o 'my results' 'it'\\''s.yaml' ''",
                HtmlReport.shellCommand("run", List.of("-o", "my results", "it's.yaml", "")));
        assertEquals("'$(rm -rf x)'", HtmlReport.quote("$(rm -rf x)"));
    }

    @Test void defaultsThatDecideResultsAreSpelledOut() {
        assertEquals(List.of("run", "-n", "1000", "-s", "1"), HtmlReport.explicitArgs(List.of("run"), 1000, 1));
        assertEquals(List.of("run", "--seed=4", "-n50"), HtmlReport.explicitArgs(List.of("run", "--seed=4", "-n50"), 50, 4));
        assertEquals(List.of("run", "--replications", "7", "-s", "2"), HtmlReport.explicitArgs(List.of("run", "--replications", "7"), 7, 2));
    }

    @Test void numbersAreRoundedForPeopleAndSmallChancesStayVisible() {
        assertEquals("18.0%", HtmlReport.percent(0.18));
        assertEquals("20.7%", HtmlReport.percent(0.206929));
        assertEquals("0.05%", HtmlReport.percent(0.0005));
        assertEquals("0.012%", HtmlReport.percent(0.000123));
        assertEquals("0%", HtmlReport.percent(0));
        assertEquals("", HtmlReport.percent(Double.NaN));
        assertEquals("20.7-25.1%", HtmlReport.percentRange(0.206929, 0.250999));
        assertEquals("0.207", HtmlReport.human(0.206929));
        assertEquals("1.25", HtmlReport.human(1.25));
        assertEquals("2", HtmlReport.human(2.0));
        assertEquals("1235", HtmlReport.human(1234.56));
        assertEquals("-0.000123", HtmlReport.human(-0.00012345));
        assertEquals("0", HtmlReport.human(0));
    }

    @Test void webAddressesBecomeLinksAndNothingElseChanges() throws Exception {
        String text = "FRUS 1955-57 (https://history.state.gov/historicaldocuments/frus1955-57v23p1/d89); "
                + "https://en.wikipedia.org/wiki/Shikotan_(island). Query: http://x.org/a?b=1&c=2, and <b>bold</b>; events.md section B.";
        String html = new HtmlReport("T").section("s", "S").paragraph(text)
                .table("c", List.of("Source"), List.of(List.of("Time 1956-08-13 (http://time.example/865428.html)"))).html();
        Document doc = XhtmlCheck.parse(html);
        Element section = XhtmlCheck.byId(doc, "s");
        assertEquals(text, XhtmlCheck.children(section, "p").get(0).getTextContent(), "the text reads the same");
        List<String> hrefs = XhtmlCheck.children(section, "a").stream().map(e -> e.getAttribute("href")).toList();
        assertEquals(List.of("https://history.state.gov/historicaldocuments/frus1955-57v23p1/d89", "https://en.wikipedia.org/wiki/Shikotan_(island)",
                "http://x.org/a?b=1&c=2", "http://time.example/865428.html"), hrefs);
        assertTrue(doc.getElementsByTagNameNS("*", "b").getLength() == 0, "markup in text stays text");
        assertEquals(List.of(), XhtmlCheck.externalReferences(doc));
    }
}
