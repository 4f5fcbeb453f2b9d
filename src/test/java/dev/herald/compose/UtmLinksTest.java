package dev.herald.compose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.herald.config.Utm;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

class UtmLinksTest {

  private static final Utm ON = new Utm(true, null, null, null);

  @Test
  void addsSourceMediumAndCampaignWithDefaults() {
    String url = UtmLinks.apply("https://www.jaanojunction.com/world/story", ON, "telegram");

    assertThat(url).isEqualTo(
        "https://www.jaanojunction.com/world/story?utm_source=telegram&utm_medium=social&utm_campaign=herald");
  }

  @Test
  void keepsOtherParametersAndReplacesEarlierUtmTags() {
    String url = UtmLinks.apply("https://jaanojunction.com/s?id=42&utm_source=old&utm_term=x#top",
        new Utm(true, "jj-x", "organic", "elections 2024"), "x");

    var parsed = HttpUrl.parse(url);
    assertThat(parsed.queryParameter("id")).isEqualTo("42");
    assertThat(parsed.queryParameterValues("utm_source")).containsExactly("jj-x");
    assertThat(parsed.queryParameter("utm_medium")).isEqualTo("organic");
    assertThat(parsed.queryParameter("utm_campaign")).isEqualTo("elections 2024");
    assertThat(parsed.queryParameter("utm_term")).isNull();
    assertThat(parsed.fragment()).isEqualTo("top");
  }

  @Test
  void identityWhenOffNullOrNotHttp() {
    String url = "https://jaanojunction.com/s?id=1";

    assertThat(UtmLinks.apply(url, Utm.OFF, "x")).isEqualTo(url);
    assertThat(UtmLinks.apply(url, null, "x")).isEqualTo(url);
    assertThat(UtmLinks.apply("ftp://jaanojunction.com/file", ON, "x")).isEqualTo("ftp://jaanojunction.com/file");
    assertThat(UtmLinks.apply("not a url", ON, "x")).isEqualTo("not a url");
  }
}
