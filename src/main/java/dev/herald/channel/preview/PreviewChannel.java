package dev.herald.channel.preview;

import dev.herald.card.Card;
import dev.herald.channel.Channel;
import dev.herald.channel.OutgoingPost;
import dev.herald.channel.PublishException;
import dev.herald.channel.Receipt;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes each post as files instead of publishing it: {@code <slug>.<channelId>.txt} (the text, then
 * the link and the card's alt text) and {@code <slug>.<channelId>.jpg|png} (the card). A re-send
 * overwrites both, so the channel is idempotent.
 */
final class PreviewChannel implements Channel {

  private final String id;
  private final Path dir;

  PreviewChannel(String id, Path dir) {
    this.id = id;
    this.dir = dir.toAbsolutePath().normalize();
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public boolean idempotent() {
    return true;
  }

  @Override
  public Receipt publish(OutgoingPost post) throws PublishException {
    String stem = Slugs.of(post.postId(), post.headline()) + "." + Slugs.safeChannelId(post.channelId());
    Path textFile = dir.resolve(stem + ".txt");
    try {
      Files.createDirectories(dir);
      writeAtomically(textFile, describe(post).getBytes(StandardCharsets.UTF_8));
      writeCard(stem, post.card());
    } catch (IOException e) {
      throw failure("cannot write preview " + textFile, e);
    }
    return new Receipt(textFile.toString(), textFile.toUri().toString());
  }

  private static String describe(OutgoingPost post) {
    String alt = post.card() == null || post.card().altText() == null ? "" : post.card().altText();
    return post.text() + "\n\nlink: " + (post.link() == null ? "" : post.link()) + "\nalt: " + alt + "\n";
  }

  /** A re-send may switch between PNG and JPEG or drop the card: never leave the old image beside the new text. */
  private void writeCard(String stem, Card card) throws IOException {
    for (String extension : new String[] {"jpg", "png"}) {
      if (card == null || !extension.equals(card.extension())) Files.deleteIfExists(dir.resolve(stem + "." + extension));
    }
    if (card != null) writeAtomically(dir.resolve(stem + "." + card.extension()), card.bytes());
  }

  /** Readers (a person, a web page) never see half a file. */
  private void writeAtomically(Path target, byte[] bytes) throws IOException {
    Path temp = Files.createTempFile(dir, ".herald-", ".tmp");
    try {
      Files.write(temp, bytes);
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  @Override
  public String verify() throws PublishException {
    try {
      Files.createDirectories(dir);
      Files.delete(Files.createTempFile(dir, ".herald-verify-", ".tmp"));
    } catch (IOException e) {
      throw failure("cannot write to " + dir, e);
    }
    return "writes previews to " + dir;
  }

  /** A directory Herald may not write to (or a file where the directory should be) needs a person; a full disk may clear up. */
  private PublishException failure(String what, IOException e) {
    boolean config = e instanceof AccessDeniedException || e instanceof FileAlreadyExistsException || e instanceof NotDirectoryException;
    var kind = config ? PublishException.Kind.CONFIG : PublishException.Kind.RETRYABLE;
    return new PublishException(kind, "channel " + id + ": " + what + ": " + e, null, e);
  }
}
