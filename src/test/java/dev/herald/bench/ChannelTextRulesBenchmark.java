package dev.herald.bench;

import dev.herald.channel.bluesky.BlueskyProvider;
import dev.herald.channel.mastodon.MastodonProvider;
import dev.herald.compose.TextRules;
import dev.herald.config.ChannelConfig;
import dev.herald.config.HashtagSettings;
import dev.herald.config.QuietHours;
import dev.herald.config.Utm;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** Composing measures a post several times while fitting it, inside a 5 ms budget for four platforms. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ChannelTextRulesBenchmark {

  private static final String HINDI_POST = """
      लोकसभा में आज केंद्रीय बजट 2026 पेश किया गया। वित्त मंत्री ने मध्यम वर्ग के लिए आयकर में राहत, \
      किसानों के लिए नई योजनाएँ और बुनियादी ढाँचे पर बढ़े हुए खर्च की घोषणा की। विपक्ष ने इसे चुनावी बजट बताया, \
      जबकि उद्योग जगत ने स्वागत किया। पूरी खबर पढ़ें। #बजट2026 #Budget2026 #संसद""";
  private static final String MASTODON_POST = HINDI_POST.replace(" #", " https://www.jaanojunction.com/business/union-budget-2026-income-tax-relief-middle-class #");

  private final TextRules bluesky = new BlueskyProvider().textRules(config(Map.of()));
  private final TextRules mastodon = new MastodonProvider().textRules(config(Map.of()));

  private static ChannelConfig config(Map<String, String> settings) {
    return new ChannelConfig("bench", "bench", true, null, null, Duration.ZERO, QuietHours.NONE, 0, Duration.ofHours(12),
        List.of(), Utm.OFF, new HashtagSettings(3, Map.of(), List.of()), settings);
  }

  @Benchmark
  public int blueskyGraphemesOfAHindiPost() {
    return bluesky.length(HINDI_POST);
  }

  @Benchmark
  public int mastodonLengthOfAHindiPostWithUrl() {
    return mastodon.length(MASTODON_POST);
  }
}
