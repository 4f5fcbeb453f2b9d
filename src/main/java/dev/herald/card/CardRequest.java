package dev.herald.card;

import dev.herald.config.Brand;
import java.awt.image.BufferedImage;
import java.time.LocalDate;

/**
 * What a card shows. {@code background} is the decoded article image, or null for the branded
 * design; {@code section} and {@code date} may be null. {@code maxBytes} is the platform's image
 * limit: the encoder lowers quality until the card fits.
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
    long maxBytes) {}
