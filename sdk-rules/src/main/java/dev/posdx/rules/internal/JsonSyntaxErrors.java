package dev.posdx.rules.internal;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;

/**
 * Says what is wrong with text that is not valid JSON without quoting it. Jackson's messages echo
 * unquoted tokens and field names, so a PIN block, a CVV or a card number written without quotes
 * would reach the error; every reader of posdx input (the contract, the command line's lines and
 * its {@code --json}) describes a syntax error through this class instead.
 *
 * @since 0.1
 */
public final class JsonSyntaxErrors {

  private JsonSyntaxErrors() {}

  /**
   * What is wrong with the JSON, in posdx's words: the parser's message is read to choose them and
   * never returned. Without the location, which the caller adds in its own form.
   */
  public static String describe(JacksonException e) {
    String m = String.valueOf(e.getOriginalMessage());
    if (e instanceof StreamConstraintsException) {
      if (m.contains("nesting depth")) {
        return "nested too deeply";
      }
      if (m.contains("Number value length")) {
        return "a number is too long";
      }
      if (m.contains("Document length")) {
        return "the input is too long";
      }
      return "a string or field name is too long";
    }
    if (e instanceof JsonEOFException || m.startsWith("Unexpected end-of-input")) {
      return "the input ends before the JSON value is complete";
    }
    if (m.startsWith("Duplicate field")) {
      return "a field name appears twice in one object";
    }
    if (m.startsWith("Trailing token")) {
      return "more than one JSON value on one line";
    }
    if (m.startsWith("Unrecognized token")) {
      return "a word that is not a JSON value (strings need double quotes; the literals are true, false and null)";
    }
    if (m.startsWith("Illegal unquoted character")) {
      return "a control character inside a string (write it as an escape such as \\n)";
    }
    if (m.startsWith("Unrecognized character escape")) {
      return "an unknown escape after a backslash in a string";
    }
    if (m.startsWith("Unexpected close marker")) {
      return "a closing bracket that does not match the opening one";
    }
    if (m.contains("double-quote to start field name")) {
      return "a field name without double quotes";
    }
    if (m.contains("was expecting comma")) {
      return "a missing comma between two values";
    }
    if (m.contains("was expecting a colon")) {
      return "a missing colon after a field name";
    }
    if (m.contains("umeric value") || m.contains("Non-standard token") || m.contains("Leading zeroes")) {
      return "a number that is not valid JSON";
    }
    if (m.contains("UTF-8") || m.contains("UTF8")) {
      return "bytes that are not UTF-8";
    }
    if (m.startsWith("Unexpected character")) {
      return "an unexpected character";
    }
    return "the text is not a JSON value";
  }
}
