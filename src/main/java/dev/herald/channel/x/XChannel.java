package dev.herald.channel.x;

import dev.herald.channel.Channel;
import dev.herald.channel.Lookup;
import dev.herald.channel.OutgoingPost;
import dev.herald.channel.PublishException;
import dev.herald.channel.Receipt;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import twitter4j.TwitterException;
import twitter4j.TwitterV2;
import twitter4j.V2DefaultFields;

/**
 * Posts to X: uploads the card (with alt text), creates the tweet through Twitter4J's v2 API and,
 * when {@code thread: true}, replies with each continuation of the text.
 */
final class XChannel implements Channel {

  /** A line holding only {@code ---} splits a post's text into a tweet and its continuations. */
  static final Pattern THREAD_BREAK = Pattern.compile("\\R-{3,}\\R");

  private static final Logger log = LoggerFactory.getLogger(XChannel.class);

  private final String id;
  private final XSettings settings;
  private final TwitterV2 twitter;
  private final XMediaUploader media;
  private final XTimeline timeline;
  private final Clock clock;

  /** {@code timeline} is null unless the channel sets {@code reconcile: true}. */
  XChannel(String id, XSettings settings, TwitterV2 twitter, XMediaUploader media, XTimeline timeline, Clock clock) {
    this.id = id;
    this.settings = settings;
    this.twitter = twitter;
    this.media = media;
    this.timeline = timeline;
    this.clock = clock;
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public Receipt publish(OutgoingPost post) throws PublishException {
    var parts = parts(post.text());
    var mediaIds = post.card() == null ? null : new Long[] {media.upload(post.card())};
    long first = tweet(parts.get(0), mediaIds, null);
    long previous = first;
    for (var part : parts.subList(1, parts.size())) {
      try {
        previous = tweet(part, null, previous);
      } catch (PublishException e) {
        // The head tweet is out; failing now would make a retry post it twice.
        log.warn("channel {}: thread reply after tweet {} failed, the rest of the thread is dropped: {}",
            id, previous, e.getMessage());
        break;
      }
    }
    return new Receipt(Long.toString(first), "https://x.com/i/web/status/" + first);
  }

  @Override
  public Lookup lookup(OutgoingPost post, Instant firstSentAt) throws PublishException {
    if (timeline == null) return Lookup.unknown("X is not read back unless the channel sets reconcile: true (reads are billed)");
    return timeline.lookup(post);
  }

  @Override
  public String verify() throws PublishException {
    try {
      var users = twitter.getMe(V2DefaultFields.expansions, V2DefaultFields.tweetFields, V2DefaultFields.userFields).getUsers();
      if (users.isEmpty()) throw PublishException.permanent("X answered /2/users/me without a user");
      var me = users.get(0);
      return "@" + me.getScreenName() + " (id " + me.getId() + ")";
    } catch (TwitterException e) {
      throw XErrors.fromTwitter(e, clock);
    }
  }

  List<String> parts(String text) throws PublishException {
    var parts = text == null ? List.<String>of()
        : THREAD_BREAK.splitAsStream(text).map(String::strip).filter(p -> !p.isEmpty()).toList();
    if (parts.isEmpty()) throw PublishException.permanent("post text is empty");
    return settings.thread() ? parts : parts.subList(0, 1);
  }

  private long tweet(String text, Long[] mediaIds, Long inReplyTo) throws PublishException {
    try {
      // Twitter4J-v2's Kotlin defaults are not visible from Java: every unused argument is null.
      var created = twitter.createTweet(
          null, null, null, mediaIds, null, null, null, null, null, inReplyTo, null, text);
      if (created.getId() <= 0) throw PublishException.inDoubt("X answered the tweet without an id; it may have gone out", null);
      return created.getId();
    } catch (TwitterException e) {
      throw XErrors.fromTweet(e, clock);
    }
  }
}
