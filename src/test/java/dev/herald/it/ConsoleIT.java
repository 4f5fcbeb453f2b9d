package dev.herald.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.herald.fake.FakeOutlet;
import dev.herald.fake.FakeWorld;
import dev.herald.store.PostState;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The console in a real browser: headless Chromium (Debian's chromium and chromium-driver) against
 * {@code herald run} on the fake platforms. One daemon and one browser session walk a manager's day:
 * log in, approve, edit (over-limit text refused), pause and resume, compose by hand, the "why" trail,
 * a phone-width view without overflow, log out. Screenshots go to {@code target/screenshots/}, or to
 * {@code docs/} for the README with {@code -Dherald.screenshots=docs}.
 */
class ConsoleIT {

  static final String DESK_TOKEN = "night-desk-token-0123456789";
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  @TempDir Path dir;
  FakeWorld world;
  HeraldProcess run;
  WebDriver browser;
  WebDriverWait wait;

  @BeforeEach
  void setUp() {
    Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "needs Debian's chromium and chromium-driver (.ci/run installs them)");
    world = new FakeWorld(dir);
    Path config = world.config("""
          port: 0
          tokens:
            - {name: night-desk, token: %s}
        """.formatted(DESK_TOKEN), Map.of("x-main", "    minSpacing: 1h\n", "mastodon-main", "    approval: required\n"));
    run = HeraldProcess.start(dir, config, "run");
    var options = new ChromeOptions().setBinary(CHROMIUM.toFile())
        .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,1000", "--lang=en");
    var service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    browser = new ChromeDriver(service, options);
    wait = new WebDriverWait(browser, Duration.ofSeconds(20));
  }

  @AfterEach
  void tearDown() throws IOException {
    if (browser != null) browser.quit();
    if (run != null) {
      run.terminate();
      run.waitFor(30);
    }
    if (world != null) world.close();
  }

  @Test
  void aManagerApprovesEditsPausesComposesAsksWhyAndLogsOutInTheBrowser() throws IOException {
    Path runFile = dir.resolve("data/herald.run");
    await().atMost(Duration.ofSeconds(40)).until(() -> !run.alive() || Files.exists(runFile) && world.x.tweets().size() == 1);
    assertThat(run.alive()).as(run.stderr()).isTrue();
    String base = new ObjectMapper().readTree(Files.readString(runFile)).path("url").asText();

    // Log in: the page holds nothing until then.
    browser.get(base + "/");
    assertThat(browser.findElement(By.id("tabs")).isDisplayed()).isFalse();
    browser.findElement(By.id("token")).sendKeys(DESK_TOKEN);
    browser.findElement(By.id("open")).click();
    wait.until(ExpectedConditions.textToBe(By.id("who"), "Logged in as night-desk"));
    assertThat(browser.manage().getCookieNamed("herald_session").isHttpOnly()).isTrue();

    // Approve the first Mastodon draft.
    WebElement approve;
    try {
      approve = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#channel-mastodon-main button[id^=approve-]")));
    } catch (org.openqa.selenium.TimeoutException e) {
      throw new AssertionError("message: " + browser.findElement(By.id("message")).getText() + "\nqueue: "
          + browser.findElement(By.id("queue")).getText() + "\nlog: " + browser.manage().logs().get("browser").getAll(), e);
    }
    String approvedId = approve.getAttribute("id").substring("approve-".length());
    approve.click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"), "approved"));

    // Edit the queued tweet: the live count turns red past 280 and the server refuses to save it.
    WebElement edit = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#channel-x-main button[id^=edit-]")));
    String tweetId = edit.getAttribute("id").substring("edit-".length());
    edit.click();
    WebElement editor = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("editor-" + tweetId)));
    editor.clear();
    editor.sendKeys("x".repeat(290));
    wait.until(ExpectedConditions.textToBe(By.id("count-" + tweetId), "290 / 280"));
    assertThat(browser.findElement(By.id("count-" + tweetId)).getAttribute("class")).isEqualTo("bad");
    browser.findElement(By.id("save-" + tweetId)).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"), "290 of 280"));
    String better = "Sensex crosses 80,000 for the first time as banks rally https://www.jaanojunction.com/sensex";
    // The refused text stays in the editor, to be shortened.
    editor.clear();
    editor.sendKeys(better);
    browser.findElement(By.id("save-" + tweetId)).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"), "text saved"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("post-" + tweetId), better));
    screenshot("console-queue.png");

    // Pause a channel with a reason, then resume it.
    browser.findElement(By.id("pause-reason-telegram-main")).sendKeys("bot rights being checked");
    browser.findElement(By.id("pause-telegram-main")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("channel-telegram-main"), "PAUSED: bot rights being checked"));
    browser.findElement(By.id("resume-telegram-main")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("pause-telegram-main")));

    // Compose a story by hand and queue it on Telegram only.
    FakeOutlet.Item story = FakeWorld.item("monsoon-kerala", "Monsoon reaches Kerala three days early", Instant.now());
    world.outlet.publish(story);
    String storyUrl = world.outlet.articleUrl(story);
    browser.findElement(By.cssSelector("#tabs button[data-tab=compose]")).click();
    browser.findElement(By.id("compose-url")).sendKeys(storyUrl);
    browser.findElement(By.cssSelector("#compose-form button")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("pick-telegram-main")));
    for (String other : new String[] {"x-main", "mastodon-main", "bluesky-main"}) {
      WebElement pick = browser.findElement(By.id("pick-" + other));
      if (pick.isSelected()) pick.click();
    }
    screenshot("console-compose.png");
    browser.findElement(By.id("compose-queue")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("compose-done"), "telegram-main: queued"));

    // Why wasn't it posted elsewhere? The trail names each channel.
    browser.findElement(By.cssSelector("#tabs button[data-tab=why]")).click();
    browser.findElement(By.id("why-url")).sendKeys(storyUrl);
    browser.findElement(By.cssSelector("#why-form button")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("why-result"), "x-main"));
    assertThat(browser.findElement(By.id("why-result")).getText()).contains("telegram-main", "night-desk compose", "no post");
    screenshot("console-why.png");

    // On a 390 px phone nothing overflows sideways.
    browser.findElement(By.cssSelector("#tabs button[data-tab=queue]")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("post-" + tweetId)));
    browser.manage().window().setSize(new Dimension(390, 844));
    wait.until(d -> ((Number) js("return window.innerWidth")).intValue() <= 390);
    long overflow = ((Number) js("return document.documentElement.scrollWidth - window.innerWidth")).longValue();
    assertThat(overflow).as("horizontal overflow at phone width").isLessThanOrEqualTo(0);
    screenshot("console-phone.png");

    // Log out: the session is gone.
    browser.findElement(By.id("logout")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("token")));
    Object status = ((JavascriptExecutor) browser).executeAsyncScript(
        "const done = arguments[0]; fetch('/api/queue', {credentials: 'same-origin'}).then(r => done(r.status));");
    assertThat(((Number) status).intValue()).isEqualTo(401);

    var states = HeraldProcess.status(dir, dir.resolve("herald.yml"));
    assertThat(HeraldProcess.posts(states)).filteredOn(p -> p.path("id").asText().equals(approvedId))
        .extracting(p -> p.path("state").asText()).containsAnyOf(PostState.QUEUED.dbName(), PostState.POSTED.dbName());
  }

  private Object js(String script) {
    return ((JavascriptExecutor) browser).executeScript(script);
  }

  private void screenshot(String name) throws IOException {
    Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
    // Into target/ on every run; into docs/ (the README's pictures) only when asked: -Dherald.screenshots=docs
    Path into = Path.of(System.getProperty("herald.screenshots", "target/screenshots"));
    Files.createDirectories(into);
    Files.copy(shot, into.resolve(name), StandardCopyOption.REPLACE_EXISTING);
  }
}
