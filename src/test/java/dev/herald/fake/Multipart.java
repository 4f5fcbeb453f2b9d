package dev.herald.fake;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads the parts of a multipart/form-data (or urlencoded) body the way a platform would: text parts
 * as strings, file parts as ISO-8859-1 strings so their bytes survive for checks like JPEG magic.
 */
final class Multipart {

  private Multipart() {}

  static Map<String, String> fields(String contentType, byte[] body) {
    var fields = new LinkedHashMap<String, String>();
    if (contentType == null) return fields;
    if (contentType.startsWith("application/x-www-form-urlencoded")) {
      for (String pair : new String(body, StandardCharsets.UTF_8).split("&")) {
        int eq = pair.indexOf('=');
        if (eq > 0) fields.put(decode(pair.substring(0, eq)), decode(pair.substring(eq + 1)));
      }
      return fields;
    }
    int b = contentType.indexOf("boundary=");
    if (!contentType.startsWith("multipart/") || b < 0) return fields;
    String boundary = "--" + contentType.substring(b + 9).replace("\"", "").split(";")[0];
    String raw = new String(body, StandardCharsets.ISO_8859_1);
    for (String part : raw.split(java.util.regex.Pattern.quote(boundary))) {
      int headerEnd = part.indexOf("\r\n\r\n");
      if (headerEnd < 0) continue;
      String headers = part.substring(0, headerEnd);
      var name = java.util.regex.Pattern.compile("name=\"([^\"]*)\"").matcher(headers);
      if (!name.find()) continue;
      String value = part.substring(headerEnd + 4);
      if (value.endsWith("\r\n")) value = value.substring(0, value.length() - 2);
      boolean file = headers.contains("filename=");
      fields.put(name.group(1), file ? value : new String(value.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
    }
    return fields;
  }

  private static String decode(String s) {
    return java.net.URLDecoder.decode(s, StandardCharsets.UTF_8);
  }
}
