package dev.herald.source;

import com.rometools.rome.io.WireFeedInput;
import com.rometools.rome.io.XmlReader;
import com.rometools.rome.io.impl.XmlFixerReader;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import okhttp3.MediaType;
import org.jdom2.Document;
import org.jdom2.JDOMException;
import org.jdom2.input.JDOMParseException;

/**
 * Parses feed XML into a JDOM document once, with Rome's hardened SAX settings: DOCTYPEs are
 * disallowed, so external entities (XXE) and entity-expansion bombs are refused before they expand.
 */
final class XmlDocuments {

  private XmlDocuments() {}

  static Document parse(byte[] body, String contentType) throws FeedException {
    try {
      return build(body, contentType, false);
    } catch (JDOMParseException e) {
      if (isDoctype(e)) throw new FeedException(describe(e), e);
      // Sloppy but common: HTML entities like &nbsp;, blank lines before the prolog. Rome's healer
      // fixes those, but it costs several times the parse itself, so only feeds that need it pay.
      try {
        return build(body, contentType, true);
      } catch (JDOMParseException healed) {
        throw new FeedException(describe(e), e);
      } catch (JDOMException | IOException healed) {
        throw new FeedException("not well-formed XML: " + healed.getMessage(), healed);
      }
    } catch (JDOMException | IOException e) {
      throw new FeedException("not well-formed XML: " + e.getMessage(), e);
    }
  }

  private static Document build(byte[] body, String contentType, boolean heal) throws JDOMException, IOException {
    Reader decoded = new BufferedReader(decode(body, contentType), 16 * 1024);
    try (Reader reader = heal ? new BufferedReader(new XmlFixerReader(decoded)) : decoded) {
      return new HardenedInput().saxBuilder().build(reader);
    }
  }

  private static boolean isDoctype(JDOMParseException e) {
    return String.valueOf(e.getMessage()).contains("DOCTYPE");
  }

  private static String describe(JDOMParseException e) {
    String message = String.valueOf(e.getMessage());
    if (isDoctype(e)) {
      return "refused: the document declares a DOCTYPE, which feeds never need (entity expansion and "
          + "external entities are blocked)";
    }
    return "not well-formed XML at line " + e.getLineNumber() + ", column " + e.getColumnNumber() + ": "
        + message.replaceFirst("^Error on line \\d+(?: of document [^:]*)?: ", "");
  }

  // A byte-order mark is proof of the encoding; otherwise the HTTP charset wins over the XML prolog,
  // as browsers and feed readers do. Without either, Rome's XmlReader reads the prolog (default UTF-8).
  private static Reader decode(byte[] body, String contentType) throws IOException {
    MediaType type = contentType == null ? null : MediaType.parse(contentType);
    Charset header = type == null ? null : type.charset(null);
    if (header != null && !startsWithBom(body)) return new InputStreamReader(new ByteArrayInputStream(body), header);
    return new XmlReader(new ByteArrayInputStream(body), true);
  }

  static boolean startsWithBom(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) return true;
    return b.length >= 2 && ((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF || (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE);
  }

  /** Exposes Rome's own hardened SAX builder (doctypes disallowed is Rome's default). */
  private static final class HardenedInput extends WireFeedInput {
    com.rometools.rome.io.SAXBuilder saxBuilder() {
      return createSAXBuilder();
    }
  }
}
