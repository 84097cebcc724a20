package dev.posdx.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** The {@code posdx} command's entry point: runs {@link PosdxCommand} and exits with its status. */
public final class Main {

  private Main() {}

  /**
   * Runs one {@code posdx} command line with UTF-8 output and exits with its status: 0 done, 1
   * some input unusable, 2 usage error, 3 a file could not be read or written.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    // Always UTF-8, whatever the platform's default: the output holds Chinese, Thai, Arabic...
    PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    BufferedOutputStream out = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 64 * 1024);
    int status = PosdxCommand.run(args, new FileInputStream(FileDescriptor.in), out, err);
    System.exit(status);
  }
}
