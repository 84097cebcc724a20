package dev.posdx.examples.vendorlocale;

import static org.assertj.core.api.Assertions.assertThat;

import dev.posdx.i18n.MessageCatalog;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class VendorLocaleExampleTest {

  @Test
  void anItalianCardGetsTheVendorsItalianAndTheOverrideShows() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    MessageCatalog catalog = VendorLocaleExample.run(Path.of("examples", "vendor-locale"),
        new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(out).contains("cardholder language it").contains("la sua carta è scaduta").contains("Carta scaduta")
        .contains("offer the QR-code payment");
    assertThat(catalog.supports(VendorLocaleExample.ITALIAN)).isTrue();
    assertThat(catalog.missingTexts()).isNotEmpty();
  }
}
