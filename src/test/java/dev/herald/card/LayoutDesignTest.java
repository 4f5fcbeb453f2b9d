package dev.herald.card;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class LayoutDesignTest {

  private static final Java2dCardRenderer renderer = new Java2dCardRenderer();

  @Test
  void widePhotoOnAStoryIsShownInAFullWidthPanelAtLeastItsOwnHeightNotCoverCropped() {
    var rendering = renderer.draw(TestImages.request(CardLayout.STORY, TestImages.ENGLISH, "World", TestImages.skyline(1600, 900, 4)));

    assertThat(rendering.photoPanel()).isNotNull();
    assertThat(rendering.photoPanel().width).isEqualTo(1080);
    // At least the photo's own 16:9 height; taller when the headline leaves room (the sides are cropped then).
    assertThat(rendering.photoPanel().height).isBetween(608, (int) (1920 * 0.75));
    assertThat(rendering.headline().bounds().getMinY()).isGreaterThan(rendering.photoPanel().getMaxY());
  }

  @Test
  void squarishPhotoOnAPortraitCardCoversIt() {
    var rendering = renderer.draw(TestImages.request(CardLayout.PORTRAIT, TestImages.ENGLISH, "World", TestImages.skyline(1200, 1200, 4)));

    assertThat(rendering.photoPanel()).isNull();
    assertThat(rendering.branded()).isFalse();
  }

  @Test
  void widePhotoOnALandscapeCardCoversIt() {
    var rendering = renderer.draw(TestImages.request(CardLayout.LANDSCAPE, TestImages.ENGLISH, "World", TestImages.skyline(1600, 900, 4)));

    assertThat(rendering.photoPanel()).isNull();
    assertThat(rendering.focalPoint()).isNotNull();
  }

  @Test
  void oneRendererDrawsTheSameCardsFromManyThreads() throws Exception {
    var photo = TestImages.skyline(1600, 900, 9);
    var requests = new ArrayList<CardRequest>();
    for (var layout : CardLayout.values()) {
      requests.add(TestImages.request(layout, TestImages.HINDI, "उत्तराखंड", photo));
      requests.add(TestImages.request(layout, TestImages.ENGLISH, "World", null));
    }
    var expected = requests.stream().map(r -> renderer.render(r).bytes()).toList();

    var pool = Executors.newFixedThreadPool(4);
    try {
      var tasks = new ArrayList<Callable<byte[]>>();
      for (int round = 0; round < 2; round++) for (var r : requests) tasks.add(() -> renderer.render(r).bytes());
      var results = pool.invokeAll(tasks);
      for (int i = 0; i < results.size(); i++) {
        assertThat(Arrays.equals(results.get(i).get(), expected.get(i % requests.size()))).as("card %d", i).isTrue();
      }
    } finally {
      pool.shutdown();
      assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
    }
  }
}
