package dev.herald.compose;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.herald.config.Secrets;
import dev.herald.config.SummarizerSettings;
import dev.herald.source.Article;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks an OpenAI-compatible chat completions API ({@code POST {baseUrl}/chat/completions}) for one
 * to three sentences. On any failure (timeout, HTTP error, malformed or empty answer) it returns
 * the fallback summarizer's result instead, so it never throws. Answers are cached per article
 * (bounded); failures are not, so the next call tries again. Thread-safe.
 */
public final class LlmSummarizer implements Summarizer {

  private static final Logger log = LoggerFactory.getLogger(LlmSummarizer.class);
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final int MAX_SENTENCES = 3;
  private static final Pattern BULLET = Pattern.compile("(?m)^\\s*(?:[-*•]|\\d+[.)])\\s+");
  /** Enough for any news story's substance; keeps requests small and cheap. */
  static final int MAX_ARTICLE_CHARS = 8000;
  static final int CACHE_SIZE = 512;

  private static final String INSTRUCTIONS = """
      You write social media posts for a news outlet. Summarize the article in one to three short, \
      factual sentences, in the article's language (%s). Only facts stated in the article. No headline, \
      no hashtags, no emoji, no links, no quotation that is not in the article. Answer with the sentences only.""";

  private final OkHttpClient client;
  private final HttpUrl endpoint;
  private final String model;
  private final String apiKey;
  private final Summarizer fallback;
  private final Map<String, Summary> cache = new LinkedHashMap<>(64, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Summary> eldest) {
      return size() > CACHE_SIZE;
    }
  };

  /**
   * @param client the shared client; a derived one with {@code timeout} as call timeout is used
   * @throws IllegalArgumentException when {@code baseUrl} is not an http(s) URL
   */
  public LlmSummarizer(OkHttpClient client, String baseUrl, String model, String apiKey, Duration timeout,
      Summarizer fallback) {
    HttpUrl base = baseUrl == null ? null : HttpUrl.parse(baseUrl);
    if (base == null) throw new IllegalArgumentException("summarizer.baseUrl is not an http(s) URL: " + baseUrl);
    this.endpoint = base.newBuilder().addPathSegments("chat/completions").build();
    this.client = client.newBuilder().callTimeout(timeout == null ? Duration.ofSeconds(20) : timeout).build();
    this.model = Objects.requireNonNull(model, "model");
    this.apiKey = apiKey;
    this.fallback = Objects.requireNonNull(fallback, "fallback");
  }

  public static LlmSummarizer from(SummarizerSettings settings, OkHttpClient client, Summarizer fallback) {
    return new LlmSummarizer(client, settings.baseUrl(), settings.model(), settings.apiKey(), settings.timeout(), fallback);
  }

  @Override
  public Summary summarize(Article article) {
    String key = article.url() + '\n' + article.title();
    synchronized (cache) {
      Summary cached = cache.get(key);
      if (cached != null) return cached;
    }
    try {
      Summary summary = ask(article);
      synchronized (cache) {
        cache.put(key, summary);
      }
      return summary;
    } catch (IOException | RuntimeException e) {
      log.warn("LLM summary failed for {}, using the extractive one: {}", article.url(), Secrets.redact(String.valueOf(e.getMessage())));
      return fallback.summarize(article);
    }
  }

  private Summary ask(Article article) throws IOException {
    var request = new Request.Builder().url(endpoint).post(RequestBody.create(requestJson(article), JSON));
    if (apiKey != null && !apiKey.isBlank()) request.header("Authorization", "Bearer " + apiKey);
    try (var response = client.newCall(request.build()).execute()) {
      if (!response.isSuccessful()) throw new IOException("HTTP " + response.code() + " from " + endpoint);
      return summaryOf(MAPPER.readTree(response.body().byteStream()));
    }
  }

  private String requestJson(Article article) throws IOException {
    ObjectNode body = MAPPER.createObjectNode().put("model", model).put("temperature", 0);
    var messages = body.putArray("messages");
    String language = article.language() == null || article.language().isBlank() ? "same as the article" : article.language();
    messages.addObject().put("role", "system").put("content", INSTRUCTIONS.formatted(language));
    messages.addObject().put("role", "user").put("content", articleText(article));
    return MAPPER.writeValueAsString(body);
  }

  private static String articleText(Article article) {
    var text = new StringBuilder("Headline: ").append(PlainText.oneLine(article.title())).append("\n");
    String description = PlainText.oneLine(article.description());
    if (!description.isEmpty()) text.append("Description: ").append(description).append("\n");
    text.append("\n").append(String.join("\n\n", Boilerplate.paragraphs(article.body(), article.title())));
    return text.length() <= MAX_ARTICLE_CHARS ? text.toString() : Shorten.toLength(text.toString(), MAX_ARTICLE_CHARS);
  }

  /** The model's sentences as a summary, first sentence best; refuses an empty or odd answer. */
  private static Summary summaryOf(JsonNode answer) throws IOException {
    JsonNode content = answer.path("choices").path(0).path("message").path("content");
    if (!content.isTextual() || content.asText().isBlank()) throw new IOException("no message content in the answer");
    var sentences = new ArrayList<Summary.Sentence>();
    // Models like to answer in bullets even when asked not to.
    String prose = BULLET.matcher(content.asText()).replaceAll("");
    List<String> split = SentenceSplitter.split(PlainText.oneLine(prose));
    for (int i = 0; i < Math.min(MAX_SENTENCES, split.size()); i++) {
      sentences.add(new Summary.Sentence(split.get(i), i, 1.0 - 0.1 * i));
    }
    return new Summary(sentences);
  }
}
