package dev.herald.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** X-Hub-Signature: sha1 and sha256 (and the longer ones) accepted when right, anything else refused. */
class HubSignatureTest {

  static final byte[] BODY = "<rss><channel><title>जानो जंक्शन</title></channel></rss>".getBytes(StandardCharsets.UTF_8);

  @Test
  void aKnownVectorPassesForSha256AndSha1() {
    // RFC 4231 test case 2: key "Jefe", data "what do ya want for nothing?".
    byte[] data = "what do ya want for nothing?".getBytes(StandardCharsets.US_ASCII);
    assertThat(HubSignature.valid("Jefe", data,
        "sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843")).isTrue();
    assertThat(HubSignature.valid("Jefe", data, "SHA1=effcdf6ae5eb2fa2d27416d5f184df9c259a7c79")).isTrue();
  }

  @Test
  void aWrongSecretBodyMethodOrShapeIsRefused() {
    String good = HubSignature.sign("sha256", "secret-1", BODY);
    assertThat(HubSignature.valid("secret-1", BODY, good)).isTrue();
    assertThat(HubSignature.valid("secret-2", BODY, good)).isFalse();
    assertThat(HubSignature.valid("secret-1", "other".getBytes(StandardCharsets.UTF_8), good)).isFalse();
    assertThat(HubSignature.valid("secret-1", BODY, good.replace("sha256", "md5"))).isFalse();
    assertThat(HubSignature.valid("secret-1", BODY, "sha256=zz")).isFalse();
    assertThat(HubSignature.valid("secret-1", BODY, "sha256")).isFalse();
    assertThat(HubSignature.valid("secret-1", BODY, null)).isFalse();
  }
}
