package dev.herald.cli;

import dev.herald.card.Card;
import dev.herald.card.CardLayout;
import dev.herald.card.Java2dCardRenderer;
import dev.herald.channel.HttpClients;
import dev.herald.compose.Composer;
import dev.herald.compose.ExtractiveSummarizer;
import dev.herald.config.HeraldConfig;
import dev.herald.config.Secrets;
import dev.herald.pipeline.ArticleComposer;
import dev.herald.pipeline.ChannelPlan;
import dev.herald.pipeline.Herald;
import dev.herald.pipeline.Routes;
import dev.herald.source.Article;
import dev.herald.source.ArticleExtractor;
import dev.herald.source.FeedException;
import dev.herald.source.FeedParser;
import dev.herald.source.FetchState;
import dev.herald.source.Fetcher;
import dev.herald.source.OutboundPolicy;
import dev.herald.source.Sources;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "preview", description = {
    "Write each enabled channel's post text and every card layout for an article page or a feed into",
    "--out DIR, without posting or touching the store."})
final class PreviewCommand implements Callable<Integer> {

  private static final long MAX_DOCUMENT = 5L * 1024 * 1024;

  @Mixin ConfigOption config;
  @Spec CommandSpec spec;

  @ArgGroup(multiplicity = "1")
  Input input;

  static final class Input {
    @Option(names = "--url", paramLabel = "URL", description = "An article page or a feed on the web.")
    String url;

    @Option(names = "--file", paramLabel = "PATH", description = "An article page or a feed on disk.")
    Path file;
  }

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "out/preview", description = "Where to write (default ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--limit", defaultValue = "5", description = "For a feed: how many newest items (default ${DEFAULT-VALUE}).")
  int limit;

  @Override
  public Integer call() throws IOException {
    PrintWriter stdout = spec.commandLine().getOut();
    HeraldConfig cfg = config.loadWithoutCredentials(spec.commandLine().getErr());
    String location = input.url != null ? input.url : input.file.toString();
    // The operator names the page or feed to preview: its origin is trusted like a configured source's.
    var fetcher = new Fetcher(HttpClients.shared(), OutboundPolicy.of(cfg).trusting(input.url));
    List<Article> articles;
    try {
      articles = read(fetcher, location);
    } catch (IOException | FeedException e) {
      spec.commandLine().getErr().println("herald: cannot preview " + location + ": " + Secrets.redact(e.getMessage()));
      return Main.POST_FAILED;
    }
    // A configured source's feed is previewed as that source: routing by source then applies.
    String sourceId = sourceOf(cfg, location);
    if (sourceId != null) articles = articles.stream().map(a -> a.withSourceId(sourceId)).toList();
    var plans = Herald.plans(cfg).values();
    var composer = new ArticleComposer(cfg.outlet(), new ExtractiveSummarizer(), new Composer(),
        new Java2dCardRenderer(), fetcher, cfg.sources());
    int n = 0;
    for (Article article : articles) {
      Path dir = out.resolve(String.format("%02d-%s", ++n, PreviewFiles.slug(article.title(), n)));
      Files.createDirectories(dir);
      var routed = new ArrayList<ChannelPlan>();
      var routes = new StringBuilder();
      for (ChannelPlan plan : plans) {
        Routes.Decision route = Routes.decide(plan.config().routing(), article, cfg.outlet().language());
        if (route.routed()) routed.add(plan);
        if (route.why() != null) {
          routes.append(String.format("  %s %s: %s%n", route.routed() ? "→" : "✗", plan.id(), route.why()));
        }
      }
      var composition = composer.compose(article, routed);
      Map<CardLayout, Long> others = new EnumMap<>(CardLayout.class);
      for (CardLayout layout : CardLayout.values()) {
        if (!composition.cards().containsKey(layout)) others.put(layout, 5_000_000L);
      }
      var cards = new EnumMap<CardLayout, Card>(composition.cards());
      cards.putAll(composer.renderCards(article, others));
      PreviewFiles.write(dir, article, routed, composition.texts(), composition.failures(), cards);
      stdout.printf("%s%n  %s%n%s", Secrets.redact(article.title()), dir, routes);
    }
    stdout.printf("%d article(s) previewed under %s%n", articles.size(), out);
    stdout.flush();
    return Main.OK;
  }

  private static String sourceOf(HeraldConfig cfg, String location) {
    for (var source : cfg.sources()) {
      if (source.url() == null) continue;
      if (source.url().equals(location)) return source.id();
      boolean files = !source.url().matches("(?i)https?:.*") && !location.matches("(?i)https?:.*");
      try {
        if (files && Path.of(source.url().replaceFirst("^file:", "")).toAbsolutePath().normalize()
            .equals(Path.of(location.replaceFirst("^file:", "")).toAbsolutePath().normalize())) return source.id();
      } catch (java.nio.file.InvalidPathException e) {
        // not a path: no match
      }
    }
    return null;
  }

  /** An article page gives one article; a feed gives its newest items (their pages fetched when on the web). */
  private List<Article> read(Fetcher fetcher, String location) throws IOException, FeedException {
    var extractor = new ArticleExtractor(fetcher);
    var fetched = fetcher.fetch(location, FetchState.NONE, MAX_DOCUMENT);
    if (!Sources.looksLikeFeed(fetched.body(), fetched.contentType())) {
      if (!looksLikeMarkup(fetched.body())) {
        throw new IOException("it is neither an article page (HTML) nor a feed (RSS, Atom, RDF, JSON Feed or a sitemap)");
      }
      return List.of(extractor.fromPage(fetched.finalUrl(), fetched.body(), fetched.contentType()));
    }
    return FeedParser.parse(fetched.body(), fetched.contentType(), fetched.finalUrl()).stream().limit(limit)
        .map(a -> input.url != null ? extractor.enrich(a) : a).toList();
  }

  /** Pages and feeds that are not JSON open with markup; an image, a PDF or an empty file would become a junk "article". */
  private static boolean looksLikeMarkup(byte[] body) {
    if (body == null) return false;
    String head = new String(body, 0, Math.min(body.length, 256), StandardCharsets.UTF_8).replace("\uFEFF", "").stripLeading();
    return head.startsWith("<");
  }
}
