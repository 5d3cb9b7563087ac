package io.github.councilplatform.sandbox;

/** The platforms the sandbox fakes, for fault injection and admin calls. */
public enum SandboxPlatformId {
  /** GOV.UK Notify: paths under {@code /v2/}. */
  NOTIFY("notify"),
  /** GOV.UK Pay: paths under {@code /v1/} and its hosted payment pages. */
  PAY("pay"),
  /** GOV.UK One Login: its OpenID Connect provider paths. */
  ONE_LOGIN("one-login");

  private final String pathName;

  SandboxPlatformId(String pathName) {
    this.pathName = pathName;
  }

  /** The name used in admin paths ({@code /_sandbox/<name>/…}) and the fault API. */
  public String pathName() {
    return pathName;
  }

  /**
   * Parses a platform name as used in admin paths and JSON ({@code notify}, {@code pay}, {@code one-login};
   * case-insensitive, {@code oneLogin} and {@code one_login} accepted).
   *
   * @param name the name
   * @return the platform
   * @throws IllegalArgumentException for an unknown name, listing the known ones
   */
  public static SandboxPlatformId parse(String name) {
    String n = name == null ? "" : name.trim().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    if (n.equals("onelogin")) {
      n = "one-login";
    }
    for (SandboxPlatformId p : values()) {
      if (p.pathName.equals(n)) {
        return p;
      }
    }
    throw new IllegalArgumentException("Unknown platform '" + name + "': use notify, pay or one-login");
  }
}
