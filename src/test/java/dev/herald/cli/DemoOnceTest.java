package dev.herald.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's first command: {@code once} on the shipped config posts the demo feed to preview files, once. */
class DemoOnceTest {

  @TempDir Path dir;

  @Test
  void firstOncePostsTheFiveDemoArticlesAndASecondPostsNothing() throws IOException {
    Path config = DemoConfig.copyInto(dir);

    Cli.Result first = Cli.run("once", config);

    assertThat(first.code()).as(first.all()).isZero();
    assertThat(first.out()).containsPattern("source demo +5 new, 5 queued")
        .containsPattern("channel preview +5 posted, 0 retrying, 0 failed, 0 skipped");
    Map<String, byte[]> files = files(dir.resolve("out"));
    assertThat(files.keySet()).filteredOn(name -> name.endsWith(".preview.txt")).hasSize(5);
    assertThat(files.keySet()).filteredOn(name -> name.matches(".*\\.preview\\.(jpg|png)")).hasSize(5);
    String texts = String.join("\n", files.entrySet().stream().filter(e -> e.getKey().endsWith(".txt"))
        .map(e -> new String(e.getValue(), StandardCharsets.UTF_8)).toList());
    assertThat(texts).contains("Kaziranga reopens for tourists", "पूर्वोत्तर सीमांत रेलवे", "link: https://www.jaanojunction.com/");

    Cli.Result second = Cli.run("once", config);

    assertThat(second.code()).as(second.all()).isZero();
    assertThat(second.out()).containsPattern("source demo +0 new, 0 queued")
        .containsPattern("channel preview +0 posted, 0 retrying, 0 failed, 0 skipped");
    Map<String, byte[]> after = files(dir.resolve("out"));
    assertThat(after.keySet()).isEqualTo(files.keySet());
    after.forEach((name, bytes) -> assertThat(bytes).as(name).isEqualTo(files.get(name)));
    assertThat(Cli.statusJson(config).path("channels").get(0).path("counts").path("posted").asInt()).isEqualTo(5);
  }

  @Test
  void theDemoStoriesWithPhotosGetPhotoCardsAndTheOthersTheBrandedCardHindiIncluded() throws IOException {
    Path config = DemoConfig.copyInto(dir);

    Cli.Result r = Cli.run("once", config);

    assertThat(r.code()).as(r.all()).isZero();
    assertThat(r.all()).doesNotContain("not used");
    Map<String, byte[]> files = files(dir.resolve("out"));
    var share = new TreeMap<String, Double>();
    files.forEach((name, bytes) -> {
      if (!name.endsWith(".preview.txt")) return;
      String stem = name.substring(0, name.length() - ".txt".length());
      byte[] card = files.containsKey(stem + ".jpg") ? files.get(stem + ".jpg") : files.get(stem + ".png");
      assertThat(card).as("card beside " + name).isNotNull();
      String text = new String(bytes, StandardCharsets.UTF_8);
      String story = Stream.of("Kaziranga", "Guwahati", "पूर्वोत्तर सीमांत रेलवे", "Blinken", "दिल्ली").filter(text::contains)
          .findFirst().orElseThrow(() -> new AssertionError("unknown story: " + text));
      share.put(story, DemoConfig.brandRedShare(card));
    });

    assertThat(share).hasSize(5);
    for (String photo : new String[] {"Kaziranga", "Guwahati", "पूर्वोत्तर सीमांत रेलवे"}) {
      assertThat(share.get(photo)).as("brand-red share of the %s card", photo).isLessThan(0.05);
    }
    for (String branded : new String[] {"Blinken", "दिल्ली"}) {
      assertThat(share.get(branded)).as("brand-red share of the %s card", branded).isGreaterThan(0.25);
    }
  }

  private static Map<String, byte[]> files(Path dir) throws IOException {
    var files = new TreeMap<String, byte[]>();
    try (Stream<Path> list = Files.list(dir)) {
      for (Path file : list.toList()) files.put(file.getFileName().toString(), Files.readAllBytes(file));
    }
    return files;
  }
}
