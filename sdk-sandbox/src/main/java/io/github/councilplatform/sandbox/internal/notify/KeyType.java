package io.github.councilplatform.sandbox.internal.notify;

/** Notify's three API key types; {@code NORMAL} is what the docs call a "live" key. */
enum KeyType {
  NORMAL("LIVE"),
  TEAM("TEAM"),
  TEST("TEST");

  private final String label;

  KeyType(String label) {
    this.label = label;
  }

  /** How rate-limit errors name the key type ({@code LIVE}, {@code TEAM}, {@code TEST}). */
  String label() {
    return label;
  }
}
