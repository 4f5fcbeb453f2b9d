package dev.herald.channel.preview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.herald.card.Card;
import dev.herald.channel.Channel;
import dev.herald.channel.ChannelContext;
import dev.herald.channel.OutgoingPost;
import dev.herald.channel.PublishException;
import dev.herald.channel.Receipt;
import dev.herald.config.ChannelConfig;
import dev.herald.config.HashtagSettings;
import dev.herald.config.QuietHours;
import dev.herald.config.Utm;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreviewChannelTest {

  @TempDir Path temp;

  private static Channel channel(Path dir) {
    var config = new ChannelConfig("preview", "preview", true, null, null, Duration.ZERO, QuietHours.NONE, 0,
        Duration.ofHours(12), List.of(), Utm.OFF, new HashtagSettings(0, Map.of(), List.of()), Map.of("dir", dir.toString()));
    return new PreviewProvider().create(config, new ChannelContext(null, Clock.systemUTC(), null));
  }

  private static OutgoingPost post(String headline, Card card) {
    return new OutgoingPost(42, "preview", headline + "\n\nसार: बजट 🇮🇳", "https://www.jaanojunction.com/a?utm_source=preview",
        headline, null, "hi", card, "k-42");
  }

  private static Card card(String mime) {
    return new Card(new byte[] {1, 2, 3}, mime, 1200, 675, "Card: संसद में बजट पेश");
  }

  @Test
  void writesTheTextWithLinkAndAltAndTheCardBesideIt() throws Exception {
    Receipt receipt = channel(temp.resolve("out")).publish(post("Modi visits Varanasi", card("image/jpeg")));

    Path text = temp.resolve("out/42-modi-visits-varanasi.preview.txt");
    assertThat(Files.readString(text, StandardCharsets.UTF_8)).isEqualTo("Modi visits Varanasi\n\nसार: बजट 🇮🇳\n\n"
        + "link: https://www.jaanojunction.com/a?utm_source=preview\nalt: Card: संसद में बजट पेश\n");
    assertThat(Files.readAllBytes(temp.resolve("out/42-modi-visits-varanasi.preview.jpg"))).containsExactly(1, 2, 3);
    assertThat(receipt.url()).isEqualTo(text.toUri().toString()).startsWith("file:/");
  }

  @Test
  void devanagariHeadlineFallsBackToThePostId() throws Exception {
    channel(temp).publish(post("संसद में बजट पेश", card("image/png")));

    assertThat(temp.resolve("post-42.preview.txt")).exists();
    assertThat(temp.resolve("post-42.preview.png")).exists();
  }

  @Test
  void resendOverwritesAndRemovesTheOldCardFormat() throws Exception {
    Channel channel = channel(temp);
    channel.publish(post("Budget day", card("image/png")));

    channel.publish(post("Budget day", card("image/jpeg")));

    assertThat(temp.resolve("42-budget-day.preview.png")).doesNotExist();
    assertThat(temp.resolve("42-budget-day.preview.jpg")).exists();
    try (var files = Files.list(temp)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("42-budget-day.preview.txt", "42-budget-day.preview.jpg");
    }
    assertThat(channel.idempotent()).isTrue();
  }

  @Test
  void verifySaysWhereItWrites() throws Exception {
    assertThat(channel(temp.resolve("new/dir")).verify()).isEqualTo("writes previews to " + temp.resolve("new/dir"));
    assertThat(temp.resolve("new/dir")).isDirectory().isEmptyDirectory();
  }

  @Test
  void aFileWhereTheDirectoryShouldBeIsAConfigError() throws Exception {
    Path blocker = Files.writeString(temp.resolve("out"), "not a directory");

    var error = catchThrowableOfType(PublishException.class, () -> channel(blocker).verify());

    assertThat(error.kind()).isEqualTo(PublishException.Kind.CONFIG);
    assertThat(catchThrowableOfType(PublishException.class, () -> channel(blocker).publish(post("x", null))).kind())
        .isEqualTo(PublishException.Kind.CONFIG);
  }
}
