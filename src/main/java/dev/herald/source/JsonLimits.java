package dev.herald.source;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Jackson mappers for JSON from outside (JSON Feeds, JSON-LD in pages), with limits that real
 * documents never reach: a feed is a few levels deep and its numbers are short, so 1000-deep nesting
 * or a 1000-digit number is refused by the parser itself — cheaply, as a clean parse error.
 */
final class JsonLimits {

  static final int MAX_DEPTH = 100;
  static final int MAX_NUMBER_LENGTH = 50;
  static final int MAX_STRING_LENGTH = 5_000_000;

  private JsonLimits() {}

  private static JsonFactory factory() {
    return JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(MAX_DEPTH)
            .maxNumberLength(MAX_NUMBER_LENGTH)
            .maxStringLength(MAX_STRING_LENGTH)
            .build())
        .build();
  }

  /** Strict JSON, as JSON Feed requires. */
  static ObjectMapper strict() {
    return JsonMapper.builder(factory()).build();
  }

  /** Sites hand-write JSON-LD: raw newlines in strings, comments and trailing commas are common. */
  static ObjectMapper lenient() {
    return JsonMapper.builder(factory())
        .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_JAVA_COMMENTS,
            JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_SINGLE_QUOTES)
        .build();
  }
}
