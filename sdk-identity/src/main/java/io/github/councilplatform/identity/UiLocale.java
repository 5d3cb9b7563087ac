package io.github.councilplatform.identity;

/** The language One Login shows its pages in ({@code ui_locales}). */
public enum UiLocale {
  /** English. */
  EN("en"),
  /** Welsh. */
  CY("cy");

  private final String tag;

  UiLocale(String tag) {
    this.tag = tag;
  }

  /** The language tag sent, {@code en} or {@code cy}. */
  public String tag() {
    return tag;
  }
}
