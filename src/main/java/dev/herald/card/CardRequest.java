package dev.herald.card;

import dev.herald.config.Brand;
import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.List;

/**
 * What a card shows. {@code background} is the decoded article image, or null for the branded
 * design; {@code section} and {@code date} may be null. {@code maxBytes} is the platform's image
 * limit: the encoder lowers quality until the card fits. {@code shortHeadlines} are shorter
 * headlines the article itself offers (twitter:title, a shorter og:title), tried in order when the
 * headline does not fit at the layout's floor size; may be empty.
 */
public record CardRequest(
    CardLayout layout,
    String headline,
    String section,
    LocalDate date,
    String language,
    BufferedImage background,
    String outletName,
    Brand brand,
    long maxBytes,
    List<String> shortHeadlines) {

  public CardRequest {
    shortHeadlines = shortHeadlines == null ? List.of() : List.copyOf(shortHeadlines);
  }

  public CardRequest(CardLayout layout, String headline, String section, LocalDate date, String language, BufferedImage background,
      String outletName, Brand brand, long maxBytes) {
    this(layout, headline, section, date, language, background, outletName, brand, maxBytes, List.of());
  }
}
