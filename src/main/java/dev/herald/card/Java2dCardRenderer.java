package dev.herald.card;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

/**
 * Renders headline cards with Java2D from bundled fonts, so a server with no fonts installed draws
 * Hindi correctly. Construct once (fonts start loading in the constructor) and share: render is thread-safe
 * and never throws for odd input; a missing or unusably small photo gives the branded design.
 */
public final class Java2dCardRenderer implements CardRenderer {

  /** Below this a photo would be upscaled into mush; the branded design looks better. */
  static final int MIN_PHOTO_SIDE = 200;
  static final int ALT_HEADLINE_CHARS = 200;

  // Reading the bundled faces starts AWT's font system, most of a second on a busy machine: it runs on a
  // thread of its own beside the daemon's start, and the first card waits for it.
  private static final Executor FONT_LOADER = task -> {
    var thread = new Thread(task, "herald-card-fonts");
    thread.setDaemon(true);
    thread.start();
  };

  private final CompletableFuture<Designs> designs;

  private record Designs(PhotoDesign photo, StackedPhotoDesign stacked, BrandedDesign branded) {
    static Designs load(boolean measureContrast) {
      var painter = new CardPainter(new CardFonts());
      return new Designs(new PhotoDesign(painter, measureContrast), new StackedPhotoDesign(painter, measureContrast),
          new BrandedDesign(painter, measureContrast));
    }
  }

  public Java2dCardRenderer() {
    this(false);
  }

  /** {@code measureContrast} re-reads the finished backdrop to report its real contrast (tests, previews). */
  Java2dCardRenderer(boolean measureContrast) {
    this.designs = CompletableFuture.supplyAsync(() -> Designs.load(measureContrast), FONT_LOADER);
  }

  private Designs designs() {
    try {
      return designs.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) throw cause;
      if (e.getCause() instanceof Error cause) throw cause;
      throw e;
    }
  }

  @Override
  public Card render(CardRequest request) {
    var rendering = draw(request);
    boolean flat = rendering.branded();
    var encoded = CardEncoder.encode(rendering.image(), request.maxBytes(), flat);
    return new Card(encoded.bytes(), encoded.mime(), encoded.width(), encoded.height(), altText(request));
  }

  /** One article's layouts side by side on the machine's cores (see {@link CardWorkers}). */
  @Override
  public List<Card> renderAll(List<CardRequest> requests) {
    return CardWorkers.all(requests.stream().<java.util.function.Supplier<Card>>map(request -> () -> render(request)).toList());
  }

  /** Draws without encoding; tests read the layout decisions from the result. */
  Rendering draw(CardRequest request) {
    Objects.requireNonNull(request, "request");
    var layout = request.layout() == null ? CardLayout.LANDSCAPE : request.layout();
    var spec = LayoutSpec.of(layout);
    var theme = BrandTheme.of(request.brand());
    var canvas = new BufferedImage(layout.width, layout.height, BufferedImage.TYPE_INT_RGB);
    var usable = usablePhoto(request.background());
    var prepared = prepared(request);
    Designs d = designs();
    if (!usable) return d.branded().paint(canvas, prepared, theme, spec);
    if (StackedPhotoDesign.suits(layout, request.background())) return d.stacked().paint(canvas, prepared, theme, spec);
    return d.photo().paint(canvas, prepared, theme, spec);
  }

  private static boolean usablePhoto(BufferedImage background) {
    return background != null && Math.min(background.getWidth(), background.getHeight()) >= MIN_PHOTO_SIDE;
  }

  /** Curly quotes for display; an empty headline would leave a bare card, so the outlet's name stands in. */
  private static CardRequest prepared(CardRequest r) {
    var headline = HeadlineFitter.normalize(r.headline());
    if (headline.isEmpty()) headline = r.outletName() == null ? "" : r.outletName();
    return new CardRequest(r.layout(), Typography.smartQuotes(headline), r.section(), r.date(), r.language(), r.background(),
        r.outletName(), r.brand(), r.maxBytes(), r.shortHeadlines().stream().map(Typography::smartQuotes).toList());
  }

  /** Short on purpose: the composer writes the rich description; this is the card's own caption. */
  static String altText(CardRequest request) {
    var headline = HeadlineFitter.normalize(request.headline());
    if (headline.length() > ALT_HEADLINE_CHARS) {
      int cut = headline.lastIndexOf(' ', ALT_HEADLINE_CHARS);
      headline = headline.substring(0, cut > ALT_HEADLINE_CHARS / 2 ? cut : ALT_HEADLINE_CHARS) + "…";
    }
    var section = HeadlineFitter.normalize(request.section());
    return section.isEmpty() ? headline : headline + " — " + section;
  }
}
