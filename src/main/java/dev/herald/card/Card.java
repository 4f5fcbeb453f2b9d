package dev.herald.card;

/** An encoded headline card: {@code mime} is "image/jpeg" or "image/png". */
public record Card(byte[] bytes, String mime, int width, int height, String altText) {

  public String extension() {
    return mime.equals("image/png") ? "png" : "jpg";
  }
}
