package dev.posdx.examples.contract;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Utf8Test {

  private static int check(byte... bytes) {
    return Utf8.firstInvalid(bytes, bytes.length);
  }

  private static byte[] bytes(int... values) {
    byte[] b = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      b[i] = (byte) values[i];
    }
    return b;
  }

  @Test
  void acceptsEveryScriptPosdxSpeaks() {
    byte[] text = "交易失败 請聯絡 สวัสดี مرحبا 😀 Zahlung".getBytes(UTF_8);
    assertThat(Utf8.firstInvalid(text, text.length)).isEqualTo(-1);
  }

  @Test
  void pointsAtTheFirstBadByte() {
    assertThat(check(bytes('a', 'b', 0xFF, 'c'))).isEqualTo(2);
    assertThat(check(bytes('{', 0xC3))).as("truncated two-byte form").isEqualTo(1);
    assertThat(check(bytes(0xC0, 0x80))).as("overlong NUL").isEqualTo(0);
    assertThat(check(bytes(0xE0, 0x80, 0x80))).as("overlong three-byte form").isEqualTo(0);
    assertThat(check(bytes(0xED, 0xA0, 0x80))).as("a surrogate").isEqualTo(0);
    assertThat(check(bytes(0xF4, 0x90, 0x80, 0x80))).as("above U+10FFFF").isEqualTo(0);
    assertThat(check(bytes('x', 0xE4, 0xBA))).as("cut at the end").isEqualTo(1);
    assertThat(check(bytes(0x80))).as("a lone continuation byte").isEqualTo(0);
  }

  @Test
  void onlyLooksAtTheGivenLength() {
    byte[] b = bytes('o', 'k', 0xFF);
    assertThat(Utf8.firstInvalid(b, 2)).isEqualTo(-1);
  }
}
