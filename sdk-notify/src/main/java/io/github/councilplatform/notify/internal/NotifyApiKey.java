package io.github.councilplatform.notify.internal;

import java.util.regex.Pattern;

/**
 * A parsed Notify API key, {@code {key_name}-{service_id}-{secret}}: the last 36 characters are the secret
 * (a UUID), the 36 before them (after a hyphen) the service id (a UUID). Parsing never echoes the key.
 *
 * @param keyName the key's name (may be empty)
 * @param serviceId the service id, the JWT issuer
 * @param secret the signing secret; never log it
 */
public record NotifyApiKey(String keyName, String serviceId, String secret) {
  private static final Pattern UUID_TEXT =
      Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
  private static final int UUID_LENGTH = 36;

  /**
   * Parses a key, ignoring surrounding whitespace (a trailing newline from an environment file).
   *
   * @param apiKey the key as Notify issued it
   * @return the parts
   * @throws IllegalArgumentException naming the expected shape (never the key) if it is malformed
   */
  public static NotifyApiKey parse(String apiKey) {
    if (apiKey == null) {
      throw malformed("it is missing");
    }
    String key = apiKey.strip();
    int n = key.length();
    if (n < 2 * UUID_LENGTH + 1) {
      throw malformed("it has " + n + " characters; a key has at least 73");
    }
    String secret = key.substring(n - UUID_LENGTH);
    String serviceId = key.substring(n - 2 * UUID_LENGTH - 1, n - UUID_LENGTH - 1);
    if (key.charAt(n - UUID_LENGTH - 1) != '-' || !UUID_TEXT.matcher(secret).matches()) {
      throw malformed("its last 36 characters are not a UUID secret after a hyphen");
    }
    if (!UUID_TEXT.matcher(serviceId).matches()) {
      throw malformed("the 36 characters before the secret are not a service id UUID");
    }
    String name = "";
    if (n > 2 * UUID_LENGTH + 1) {
      if (key.charAt(n - 2 * UUID_LENGTH - 2) != '-') {
        throw malformed("the key name is not separated from the service id by a hyphen");
      }
      name = key.substring(0, n - 2 * UUID_LENGTH - 2);
    }
    return new NotifyApiKey(name, serviceId, secret);
  }

  private static IllegalArgumentException malformed(String why) {
    return new IllegalArgumentException("The GOV.UK Notify API key is malformed (" + why + "). Expected"
        + " {key_name}-{service_id}-{secret}, where service_id and secret are UUIDs, as shown once when the key"
        + " was created under API integration > API keys.");
  }

  /** Describes the key without its secret. */
  @Override
  public String toString() {
    return "NotifyApiKey{keyName=" + keyName + ", serviceId=" + serviceId + ", secret=****}";
  }
}
