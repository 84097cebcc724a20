package dev.posdx.bench;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.posdx.examples.contract.LineSplitter;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The floor for {@code posdx diagnose --jsonl}: a process that reads the same lines the same way
 * (raw bytes split on newlines, one Jackson tree per line) and writes each back as one line,
 * doing nothing else. posdx cannot be faster than this.
 */
public final class JacksonFloor {

  private JacksonFloor() {}

  public static void main(String[] args) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    JsonFactory factory = mapper.getFactory();
    OutputStream out = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16);
    try (JsonGenerator g = factory.createGenerator(out, JsonEncoding.UTF8)) {
      g.setRootValueSeparator(null);
      new LineSplitter().split(new FileInputStream(FileDescriptor.in), new LineSplitter.LineHandler() {
        @Override
        public void line(long number, byte[] bytes, int length) throws IOException {
          JsonNode node = mapper.readTree(bytes, 0, length);
          mapper.writeTree(g, node);
          g.writeRaw('\n');
        }

        @Override
        public void tooLong(long number, long length) {
          throw new IllegalStateException("line " + number + " is too long");
        }
      });
    }
    out.flush();
  }
}
