package dev.herald.pipeline;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** {@link StatusReport} as one JSON document (ISO-8601 instants), for {@code status --json} and the admin API. */
public final class StatusJson {

  private static final ObjectMapper JSON = new ObjectMapper(new JsonFactory().setCharacterEscapes(new ControlEscapes()))
      .registerModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .enable(SerializationFeature.INDENT_OUTPUT);

  /**
   * JSON already escapes C0 controls; a feed title may also carry C1 controls (U+009B is CSI to many
   * terminals), line separators and bidi overrides. Escaped as {@code \\uXXXX} they survive a round trip
   * and cannot act on the terminal that shows {@code status --json}. Devanagari and the rest stay as they are.
   */
  private static final class ControlEscapes extends CharacterEscapes {
    private final int[] ascii = standardAsciiEscapesForJSON();

    ControlEscapes() {
      ascii[0x7F] = ESCAPE_CUSTOM;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int c) {
      boolean control = c == 0x7F || (c >= 0x80 && c <= 0x9F) || c == 0x2028 || c == 0x2029
          || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
      return control ? new SerializedString(String.format("\\u%04x", c)) : null;
    }
  }

  private StatusJson() {}

  public static String write(StatusReport report) {
    try {
      return JSON.writeValueAsString(report);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("status report is not serializable", e);
    }
  }

  public static ObjectMapper mapper() {
    return JSON;
  }
}
