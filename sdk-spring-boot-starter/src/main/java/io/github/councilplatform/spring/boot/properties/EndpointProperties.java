package io.github.councilplatform.spring.boot.properties;

/**
 * One inbound endpoint (callbacks, webhooks, back-channel logout): off unless enabled, at a configurable path.
 */
public class EndpointProperties {

  /** Whether the endpoint is served. */
  private boolean enabled;

  /** The path it is served at (begins with a slash). */
  private String path;

  /** Creates the settings: off, with no path. */
  public EndpointProperties() {}

  /**
   * Creates the settings with a default path. A factory, not a constructor, so Boot binds the settings through
   * the setters (and its metadata lists them).
   *
   * @param defaultPath the path used when none is set
   * @return the settings
   */
  public static EndpointProperties at(String defaultPath) {
    EndpointProperties endpoint = new EndpointProperties();
    endpoint.path = defaultPath;
    return endpoint;
  }

  /** @return whether the endpoint is served */
  public boolean isEnabled() {
    return enabled;
  }

  /** @param enabled whether the endpoint is served */
  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  /** @return the path */
  public String getPath() {
    return path;
  }

  /** @param path the path, beginning with a slash */
  public void setPath(String path) {
    this.path = path;
  }
}
