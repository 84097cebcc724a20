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

  public static void main(String[] args) {
    // Always UTF-8, whatever the platform's default: the output holds Chinese, Thai, Arabic...
    PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    BufferedOutputStream out = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 64 * 1024);
    int status = PosdxCommand.run(args, new FileInputStream(FileDescriptor.in), out, err);
    System.exit(status);
  }
}
