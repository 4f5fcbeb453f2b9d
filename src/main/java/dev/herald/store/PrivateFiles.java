package dev.herald.store;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Herald's state is for its own user alone: directories it creates are 0700, files it writes 0600.
 * On a file system without POSIX permissions (Windows) these are plain creates and writes.
 */
public final class PrivateFiles {

  private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

  private PrivateFiles() {}

  /** Creates {@code dir} and its missing parents as 0700; an existing directory is left as it is. */
  public static void createDirectories(Path dir) throws IOException {
    if (Files.isDirectory(dir)) return;
    if (POSIX) Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    else Files.createDirectories(dir);
  }

  /** Replaces {@code file} atomically with {@code text}; the file is 0600 from its first byte. */
  public static void write(Path file, String text) throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    createDirectories(dir);
    FileAttribute<?>[] privately = POSIX
        ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))}
        : new FileAttribute<?>[0];
    Path temp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp", privately);
    try {
      Files.writeString(temp, text, StandardOpenOption.TRUNCATE_EXISTING);
      Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /** Makes an existing file 0600 (a file another library created with the default umask). */
  public static void restrict(Path file) throws IOException {
    if (POSIX && Files.isRegularFile(file)) Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
  }
}
