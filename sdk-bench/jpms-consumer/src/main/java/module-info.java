/** A modular application that embeds posdx: it names only posdx's exported packages. */
module dev.posdx.jpms.consumer {
  requires dev.posdx.core;
  requires dev.posdx.rules;
  requires dev.posdx.i18n;
}
