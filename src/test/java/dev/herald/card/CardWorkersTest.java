package dev.herald.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CardWorkersTest {

  @Test
  void everyTaskRunsExactlyOnceAndResultsKeepTheirOrder() {
    var runs = new AtomicInteger();
    List<Supplier<Integer>> tasks = IntStream.range(0, 50).<Supplier<Integer>>mapToObj(i -> () -> {
      runs.incrementAndGet();
      return i * i;
    }).toList();
    assertThat(CardWorkers.all(tasks)).containsExactlyElementsOf(IntStream.range(0, 50).map(i -> i * i).boxed().toList());
    assertThat(runs).hasValue(50);
  }

  @Test
  void nestedSplittingFinishesEvenWhenEveryPoolThreadIsBusy() {
    // Each outer task splits again, as a layout rendered on a pool thread splits its own scaling.
    List<Supplier<Integer>> outer = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      outer.add(() -> CardWorkers.all(List.<Supplier<Integer>>of(() -> 1, () -> 2, () -> 3)).stream().mapToInt(Integer::intValue).sum());
    }
    assertThat(CardWorkers.all(outer)).containsOnly(6).hasSize(8);
  }

  @Test
  void aFailureReachesTheCallerAsItself() {
    List<Supplier<Integer>> tasks = List.of(() -> 1, () -> {
      throw new IllegalArgumentException("broken piece");
    }, () -> 3);
    assertThatThrownBy(() -> CardWorkers.all(tasks)).isInstanceOf(IllegalArgumentException.class).hasMessage("broken piece");
  }

  @Test
  void bothRunsTheSecondOnAPoolThreadWhileTheCallerRunsTheFirst() throws InterruptedException {
    org.junit.jupiter.api.Assumptions.assumeTrue(CardWorkers.parallelism() > 1, "one core: the caller runs both");
    var secondStarted = new java.util.concurrent.CountDownLatch(1);
    var secondThread = new java.util.concurrent.atomic.AtomicReference<String>();
    var firstSawSecond = new java.util.concurrent.atomic.AtomicBoolean();
    CardWorkers.both(() -> {
      try {
        firstSawSecond.set(secondStarted.await(10, java.util.concurrent.TimeUnit.SECONDS));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, () -> {
      secondThread.set(Thread.currentThread().getName());
      secondStarted.countDown();
    });
    assertThat(firstSawSecond).as("the second ran while the first was still running").isTrue();
    assertThat(secondThread.get()).startsWith("herald-card-");
  }
}
