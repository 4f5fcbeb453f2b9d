package dev.herald.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;

/** Reads a request's fields: from a JSON body, a form body or the query string, in that order. */
final class Bodies {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PARSED = "herald.body";

  private Bodies() {}

  /** The field as text, or null when absent. */
  static String field(Context ctx, String name) {
    JsonNode json = json(ctx);
    if (json.hasNonNull(name)) return json.get(name).asText();
    String form = ctx.contentType() != null && ctx.contentType().startsWith("application/x-www-form-urlencoded")
        ? ctx.formParam(name) : null;
    return form != null ? form : ctx.queryParam(name);
  }

  /** The JSON body (an empty object when there is none or it is not JSON). */
  static JsonNode json(Context ctx) {
    JsonNode cached = ctx.attribute(PARSED);
    if (cached != null) return cached;
    JsonNode json = JSON.createObjectNode();
    String type = ctx.contentType();
    if (type != null && type.startsWith("application/json")) {
      try {
        JsonNode read = JSON.readTree(ctx.body());
        if (read != null && read.isObject()) json = read;
      } catch (IOException e) {
        // Not JSON: as if no field was given; the route says which one it needs.
      }
    }
    ctx.attribute(PARSED, json);
    return json;
  }
}
