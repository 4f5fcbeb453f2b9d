package dev.herald.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;

/**
 * Builds a {@link Node} tree from YAML with Jackson's streaming parser, because its token
 * locations are the only place line numbers survive. Interpolates {@code ${VAR}} in every scalar on
 * the way and reports syntax errors, duplicate keys and defaulted variables as problems.
 */
final class YamlTreeReader {

  private static final YAMLFactory YAML = YAMLFactory.builder().build();

  private final EnvInterpolator env;
  private final Problems problems;
  private final List<Node.Scalar> emptiedByEnv = new ArrayList<>();

  YamlTreeReader(EnvInterpolator env, Problems problems) {
    this.env = env;
    this.problems = problems;
  }

  /** The root node, or empty when the text is blank or not YAML (a problem says why). */
  Optional<Node> read(String yaml) {
    try (JsonParser parser = YAML.createParser(yaml)) {
      if (parser.nextToken() == null) {
        problems.error("", null, "the config file is empty");
        return Optional.empty();
      }
      return Optional.of(readValue(parser, "", line(parser)));
    } catch (StreamReadException e) {
      problems.error("", lineOf(e.getLocation()), "not valid YAML: " + syntaxMessage(e));
    } catch (IOException e) {
      problems.error("", null, "could not read the YAML: " + firstLine(e.getMessage()));
    }
    return Optional.empty();
  }

  /** Scalars whose value became empty because a ${VAR} without default was unset. */
  List<Node.Scalar> emptiedByEnv() {
    return List.copyOf(emptiedByEnv);
  }

  private Node readValue(JsonParser parser, String path, int line) throws IOException {
    // Jackson hands an alias back as a string holding the anchor's name: a silently wrong value.
    if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
      problems.error(path, line, "YAML aliases (*" + parser.getText() + ") are not supported — write the value out");
      return new Node.Scalar(path, line, null, List.of());
    }
    JsonToken token = parser.currentToken();
    return switch (token) {
      case START_OBJECT -> readMapping(parser, path, line);
      case START_ARRAY -> readSequence(parser, path, line);
      case VALUE_NULL -> new Node.Scalar(path, line, null, List.of());
      default -> scalar(path, line, parser.getText());
    };
  }

  private Node readMapping(JsonParser parser, String path, int line) throws IOException {
    var entries = new LinkedHashMap<String, Node>();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String key = parser.currentName();
      int keyLine = line(parser);
      parser.nextToken();
      String childPath = Node.child(path, key);
      Node value = readValue(parser, childPath, keyLine);
      if (entries.putIfAbsent(key, value) != null) problems.error(childPath, keyLine, "duplicate key '" + key + "'");
    }
    return new Node.Mapping(path, line, entries);
  }

  private Node readSequence(JsonParser parser, String path, int line) throws IOException {
    var items = new ArrayList<Node>();
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      String itemPath = path + "[" + items.size() + "]";
      items.add(readValue(parser, itemPath, line(parser)));
    }
    return new Node.Sequence(path, line, items);
  }

  private Node scalar(String path, int line, String raw) {
    // ${VAR:-default} falling back is the file working as written: no warning for it.
    var result = env.apply(raw);
    // A feed URL is shown in status and logs; what it takes from the environment is a key more often than not.
    if (SOURCE_URL.matcher(path).matches()) result.values().forEach(Secrets::register);
    var node = new Node.Scalar(path, line, result.text(), result.unset());
    if (!result.unset().isEmpty()) emptiedByEnv.add(node);
    return node;
  }

  private static final java.util.regex.Pattern SOURCE_URL = java.util.regex.Pattern.compile("sources\\[\\d+]\\.url");

  private static Integer lineOf(JsonLocation location) {
    if (location == null || location.getLineNr() < 1) return null;
    return location.getLineNr();
  }

  private static int line(JsonParser parser) {
    Integer line = lineOf(parser.currentTokenLocation());
    return line == null ? 0 : line;
  }

  /** SnakeYAML's problem ("expected <block end>, but found '?'") plus the context it was in, without the snippet. */
  private static String syntaxMessage(StreamReadException e) {
    if (!(e.getCause() instanceof MarkedYAMLException marked) || marked.getProblem() == null)
      return firstLine(e.getOriginalMessage());
    // SnakeYAML's block errors almost always mean a line indented differently from its siblings.
    String problem = marked.getProblem() + (marked.getProblem().contains("<block") ? " — check this line's indentation" : "");
    if (marked.getContext() == null) return problem;
    String since = marked.getContextMark() == null ? "" : " from line " + (marked.getContextMark().getLine() + 1);
    return problem + " (" + marked.getContext() + since + ")";
  }

  private static String firstLine(String message) {
    if (message == null) return "unknown error";
    return message.strip().lines().findFirst().orElse("unknown error");
  }
}
