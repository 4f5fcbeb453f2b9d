package dev.herald.channel.bluesky;

import java.util.regex.Pattern;

/**
 * AT Protocol timestamp identifiers, the record keys of {@code app.bsky.feed.post}: 64 bits (top
 * bit 0, 53 bits of microseconds since the epoch, 10 bits of clock id) written as 13 characters of
 * base32-sortable. A post's key is drawn once at enqueue ({@code PostKeys}) and stored, so a re-send
 * after a crash reuses it.
 */
final class Tid {

  static final String ALPHABET = "234567abcdefghijklmnopqrstuvwxyz";
  private static final Pattern SYNTAX = Pattern.compile("^[234567abcdefghij][234567abcdefghijklmnopqrstuvwxyz]{12}$");

  private Tid() {}

  static boolean isValid(String tid) {
    return tid != null && SYNTAX.matcher(tid).matches();
  }
}
