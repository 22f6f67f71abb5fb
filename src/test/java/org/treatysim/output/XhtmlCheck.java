package org.treatysim.output;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Test helpers: parse a report as XML and list every way it could load something from outside itself. A link to a
 * web page ({@code <a href="https://...">}) is allowed: nothing is fetched unless the reader follows it.
 */
final class XhtmlCheck {
    static final String XHTML = "http://www.w3.org/1999/xhtml";
    /** Elements that load or run something, or change where relative addresses point. */
    private static final Set<String> FORBIDDEN = Set.of("script", "link", "iframe", "frame", "object", "embed", "base",
            "audio", "video", "source", "track", "applet", "form", "svg", "use", "image");
    /** Attributes that hold an address. */
    private static final Set<String> ADDRESS = Set.of("src", "href", "srcset", "data", "poster", "action", "formaction",
            "background", "cite", "longdesc", "manifest", "ping", "xlink:href", "codebase", "archive", "usemap");

    private XhtmlCheck() {}

    /** Parses strictly (well-formed XML, namespaces on, no DTD or external entity loading). */
    static Document parse(String html) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        f.setFeature("http://xml.org/sax/features/external-general-entities", false);
        f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        DocumentBuilder b = f.newDocumentBuilder();
        b.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
            @Override public void error(org.xml.sax.SAXParseException e) throws org.xml.sax.SAXParseException { throw e; }
            @Override public void fatalError(org.xml.sax.SAXParseException e) throws org.xml.sax.SAXParseException { throw e; }
        });
        return b.parse(new InputSource(new StringReader(html)));
    }

    /** Every reason the document is not self-contained; empty if it is. */
    static List<String> externalReferences(Document doc) {
        List<String> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Element e : all(doc)) if (e.hasAttribute("id")) ids.add(e.getAttribute("id"));
        for (Element e : all(doc)) {
            String name = e.getLocalName().toLowerCase(Locale.ROOT);
            if (FORBIDDEN.contains(name)) problems.add("<" + name + "> element");
            if (name.equals("meta") && e.hasAttribute("http-equiv")) problems.add("<meta http-equiv>");
            if (name.equals("style") && (e.getTextContent().contains("url(") || e.getTextContent().contains("@import"))) {
                problems.add("<style> loads a resource");
            }
            NamedNodeMap attrs = e.getAttributes();
            for (int i = 0; i < attrs.getLength(); i++) {
                Node a = attrs.item(i);
                String an = a.getNodeName().toLowerCase(Locale.ROOT);
                String v = a.getNodeValue().trim();
                if (an.equals("style") && v.contains("url(")) problems.add("style attribute loads a resource on <" + name + ">");
                if (an.startsWith("on")) problems.add("event handler " + an + " on <" + name + ">");
                if (an.equals("xmlns") || an.startsWith("xmlns:")) continue; // a namespace name, never fetched
                if (!ADDRESS.contains(an)) continue;
                if (an.equals("href") && name.equals("a") && v.startsWith("#") && ids.contains(v.substring(1))) continue;
                // A link to a web page loads nothing until the reader follows it (sources are shown as links).
                if (an.equals("href") && name.equals("a") && (v.startsWith("https://") || v.startsWith("http://"))) continue;
                if (an.equals("src") && name.equals("img") && v.startsWith("data:image/png;base64,") && isPng(v)) continue;
                problems.add(an + "=\"" + (v.length() > 60 ? v.substring(0, 60) + "..." : v) + "\" on <" + name + ">");
            }
        }
        return problems;
    }

    private static boolean isPng(String dataUri) {
        try {
            byte[] b = Base64.getDecoder().decode(dataUri.substring("data:image/png;base64,".length()));
            return b.length > 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G';
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    static List<Element> all(Document doc) {
        List<Element> out = new ArrayList<>();
        NodeList nl = doc.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < nl.getLength(); i++) out.add((Element) nl.item(i));
        return out;
    }

    static Element byId(Document doc, String id) {
        for (Element e : all(doc)) if (id.equals(e.getAttribute("id"))) return e;
        return null;
    }

    static List<Element> children(Element e, String local) {
        List<Element> out = new ArrayList<>();
        NodeList nl = e.getElementsByTagNameNS(XHTML, local);
        for (int i = 0; i < nl.getLength(); i++) out.add((Element) nl.item(i));
        return out;
    }

    /** The rows of the tbody of the first table inside a section, each as its cells' text. */
    static List<List<String>> tableRows(Element table) {
        List<List<String>> rows = new ArrayList<>();
        for (Element tbody : children(table, "tbody")) {
            for (Element tr : children(tbody, "tr")) {
                List<String> cells = new ArrayList<>();
                for (Element td : children(tr, "td")) cells.add(td.getTextContent());
                rows.add(cells);
            }
        }
        return rows;
    }
}
