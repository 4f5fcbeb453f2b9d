package dev.herald.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Database skips Flyway for a store at NEWEST_MIGRATION: the constant must follow every new migration. */
class NewestMigrationTest {

  private static final Pattern VERSIONED = Pattern.compile("V(\\d+(?:[._]\\d+)*)__.+\\.(sql|java)");

  @Test
  void theNewestMigrationConstantMatchesTheNewestBundledSqlOrJavaMigration() throws IOException {
    List<String> versions;
    try (Stream<Path> sql = Files.walk(Path.of("src/main/resources/db/migration"));
        Stream<Path> java = Files.walk(Path.of("src/main/java/db/migration"))) {
      versions = Stream.concat(sql, java)
          .map(path -> VERSIONED.matcher(path.getFileName().toString()))
          .filter(Matcher::matches)
          .map(m -> m.group(1))
          .toList();
    }

    assertThat(versions).as("migrations found").contains("1", "4", "8");
    assertThat(versions).as("SchemaVersion compares whole numbers only").allMatch(v -> v.matches("\\d+"));
    int newest = versions.stream().mapToInt(Integer::parseInt).max().orElseThrow();
    assertThat(Database.NEWEST_MIGRATION).as("Database.NEWEST_MIGRATION").isEqualTo(newest);
  }
}
