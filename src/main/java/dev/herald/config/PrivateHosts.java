package dev.herald.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;

/** Reads {@code allowPrivateHosts}: each entry an http(s) origin ({@code http://10.0.0.5:8080}) or a bare host. */
final class PrivateHosts {

  static final String KEY = "allowPrivateHosts";
  private static final Pattern HOST = Pattern.compile("(?i)[a-z0-9.-]+|\\[?[0-9a-f:.]+]?");

  private PrivateHosts() {}

  static List<String> bind(Section top, Problems problems) {
    List<String> entries = top.strings(KEY);
    Optional<Node> node = top.node(KEY);
    var out = new ArrayList<String>();
    for (int i = 0; i < entries.size(); i++) {
      String entry = entries.get(i);
      if (valid(entry)) {
        out.add(entry);
      } else {
        Integer line = node.map(Problems::lineOf).orElse(null);
        problems.error(KEY + "[" + i + "]", line,
            "expected an http(s) origin like http://10.0.0.5:8080 or a host name, got '" + entry + "'");
      }
    }
    return out;
  }

  private static boolean valid(String entry) {
    HttpUrl url = HttpUrl.parse(entry);
    if (url != null) return url.encodedPath().equals("/") && url.query() == null;
    return HOST.matcher(entry).matches();
  }
}
