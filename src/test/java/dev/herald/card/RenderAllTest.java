package dev.herald.card;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One article's layouts rendered side by side come out exactly as rendered one by one. */
class RenderAllTest {

  private static final Java2dCardRenderer renderer = new Java2dCardRenderer();

  @Test
  void everyLayoutSideBySideIsByteForByteTheCardRenderedAlone() {
    var photo = TestImages.photo(TestImages.PORTRAIT_PHOTO);
    List<CardRequest> requests = Arrays.stream(CardLayout.values())
        .flatMap(layout -> java.util.stream.Stream.of(TestImages.request(layout, TestImages.ENGLISH, "World", photo),
            TestImages.request(layout, TestImages.HINDI, "उत्तराखंड", null)))
        .toList();

    var together = renderer.renderAll(requests);

    assertThat(together).hasSize(requests.size());
    for (int i = 0; i < requests.size(); i++) {
      var alone = renderer.render(requests.get(i));
      assertThat(together.get(i).bytes()).as("card %d (%s)", i, requests.get(i).layout()).isEqualTo(alone.bytes());
      assertThat(together.get(i).width()).isEqualTo(requests.get(i).layout().width);
    }
  }
}
