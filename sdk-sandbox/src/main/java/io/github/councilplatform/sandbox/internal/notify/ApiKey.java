package io.github.councilplatform.sandbox.internal.notify;

/**
 * One seeded API key. The full key a client uses is {@code {name}-{serviceId}-{secret}}; the JWT is signed
 * with the UTF-8 bytes of {@code secret}.
 *
 * @param name the key name
 * @param serviceId the service's id (a UUID string)
 * @param secret the secret (a UUID string)
 * @param type live (normal), team or test
 */
record ApiKey(String name, String serviceId, String secret, KeyType type) {

  /** The combined key string a client is configured with. */
  String combined() {
    return name + "-" + serviceId + "-" + secret;
  }

  @Override
  public String toString() {
    return "ApiKey{" + name + ", " + type + ", secret=***}";
  }
}
