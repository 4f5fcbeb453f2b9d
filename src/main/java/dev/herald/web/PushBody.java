package dev.herald.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.herald.config.Secrets;
import dev.herald.pipeline.Push;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import okhttp3.HttpUrl;

/**
 * Reads the body of {@code POST /api/articles}: JSON {@code {"url": …, "title", "summary", "image",
 * "section", "tags", "language", "priority", "source", "channels"}}, or a WordPress-style webhook —
 * {@code post_url} (with {@code post_title}, {@code post_excerpt}, {@code post_thumbnail}), as JSON or as
 * a form. A value of the wrong kind is a {@link BadField} naming the field.
 */
final class PushBody {

  static final int MAX_BYTES = 64 * 1024;
  private static final ObjectMapper JSON = new ObjectMapper();
  /** WordPress names → Herald's. */
  private static final Map<String, String> WORDPRESS = Map.of(
      "post_url", "url", "post_title", "title", "post_excerpt", "summary", "post_thumbnail", "image");

  private PushBody() {}

  /** A field of the request was missing or of the wrong kind. */
  static final class BadField extends Exception {
    final String field;

    BadField(String field, String message) {
      super(message);
      this.field = field;
    }
  }

  static Push.Request parse(String contentType, String body, Map<String, List<String>> form) throws BadField {
    JsonNode json = isForm(contentType) ? formAsJson(form) : json(body);
    if (!json.isObject()) throw new BadField("body", "expected a JSON object such as {\"url\": \"https://…\"}");
    var fields = JSON.createObjectNode();
    json.fields().forEachRemaining(e -> fields.set(WORDPRESS.getOrDefault(e.getKey(), e.getKey()), e.getValue()));
    String url = text(fields, "url");
    if (url == null) throw new BadField(json.has("post_url") ? "post_url" : "url", "required: the article's http(s) URL");
    HttpUrl parsed = HttpUrl.parse(url);
    if (parsed == null) throw new BadField(json.has("post_url") ? "post_url" : "url", "expected an http(s) URL, got '" + Secrets.redact(clip(url)) + "'");
    String image = text(fields, "image");
    if (image != null && HttpUrl.parse(image) == null) throw new BadField("image", "expected an http(s) URL");
    return new Push.Request(parsed.toString(), text(fields, "title"), text(fields, "summary"), image, text(fields, "section"),
        list(fields, "tags"), text(fields, "language"), priority(fields), text(fields, "source"), list(fields, "channels"));
  }

  private static boolean isForm(String contentType) {
    return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
  }

  private static JsonNode json(String body) throws BadField {
    if (body == null || body.isBlank()) throw new BadField("body", "empty: send JSON such as {\"url\": \"https://…\"}");
    try {
      return JSON.readTree(body);
    } catch (JsonProcessingException e) {
      throw new BadField("body", "not valid JSON (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")");
    }
  }

  private static JsonNode formAsJson(Map<String, List<String>> form) {
    var node = JSON.createObjectNode();
    form.forEach((key, values) -> {
      if (values.isEmpty()) return;
      if (key.equals("tags") || key.equals("channels")) {
        var array = node.putArray(key);
        values.stream().flatMap(v -> Arrays.stream(v.split(","))).map(String::strip).filter(v -> !v.isEmpty()).forEach(array::add);
      } else {
        node.put(key, values.get(0));
      }
    });
    return node;
  }

  private static String text(JsonNode fields, String name) throws BadField {
    JsonNode value = fields.get(name);
    if (value == null || value.isNull()) return null;
    if (!value.isTextual()) throw new BadField(name, "expected text, got " + value.getNodeType().name().toLowerCase(Locale.ROOT));
    String text = value.asText().strip();
    return text.isEmpty() ? null : text;
  }

  /** A JSON array of strings, or one comma-separated string (as a WordPress tag list comes). */
  private static List<String> list(JsonNode fields, String name) throws BadField {
    JsonNode value = fields.get(name);
    if (value == null || value.isNull()) return List.of();
    var out = new ArrayList<String>();
    if (value.isTextual()) {
      Arrays.stream(value.asText().split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(out::add);
      return out;
    }
    if (!value.isArray()) throw new BadField(name, "expected a list of text");
    for (JsonNode item : value) {
      if (!item.isTextual()) throw new BadField(name, "expected a list of text");
      if (!item.asText().isBlank()) out.add(item.asText().strip());
    }
    return out;
  }

  /** true / "high" / 1 → 1 (jumps the queue), false / "normal" / 0 → 0; absent → the channels' rules decide. */
  private static Integer priority(JsonNode fields) throws BadField {
    JsonNode value = fields.get("priority");
    if (value == null || value.isNull()) return null;
    if (value.isBoolean()) return value.asBoolean() ? 1 : 0;
    if (value.isInt() && (value.asInt() == 0 || value.asInt() == 1)) return value.asInt();
    if (value.isTextual()) {
      switch (value.asText().strip().toLowerCase(Locale.ROOT)) {
        case "high", "breaking", "true", "1" -> { return 1; }
        case "normal", "false", "0" -> { return 0; }
        default -> { }
      }
    }
    throw new BadField("priority", "expected true, false, 1, 0, \"high\" or \"normal\"");
  }

  private static String clip(String s) {
    return s.length() > 80 ? s.substring(0, 80) + "…" : s;
  }
}
