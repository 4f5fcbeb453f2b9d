package dev.herald.fake;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import okhttp3.Headers;

/** One request a fake received, with its body kept as bytes (multipart and images included). */
public record Recorded(String method, String path, Headers headers, byte[] body, Map<String, String> fields) {

  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }

  public String header(String name) {
    return headers.get(name);
  }
}
