package io.github.councilplatform.identity;

import io.github.councilplatform.core.RequestValidationException;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * What to ask for when starting a sign-in. Immutable; build with {@link #builder()}. The defaults
 * ({@link #defaults()}) ask for medium authentication ({@code Cl.Cm}) and the {@code email} scope.
 */
public final class SignInOptions {
  private static final SignInOptions DEFAULTS = builder().build();

  private final TrustLevel trustLevel;
  private final boolean email;
  private final boolean phone;
  private final Set<IdentityClaim> identityClaims;
  private final UiLocale uiLocale;
  private final Duration maxAge;

  private SignInOptions(Builder b) {
    this.trustLevel = b.trustLevel;
    this.email = b.email;
    this.phone = b.phone;
    EnumSet<IdentityClaim> claims = EnumSet.copyOf(b.identityClaims);
    if (claims.isEmpty() && b.trustLevel.provesIdentity()) {
      claims.add(IdentityClaim.CORE_IDENTITY);
    }
    this.identityClaims = Collections.unmodifiableSet(claims);
    this.uiLocale = b.uiLocale;
    this.maxAge = b.maxAge;
  }

  /** Medium authentication with the email scope. */
  public static SignInOptions defaults() {
    return DEFAULTS;
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** The vector of trust requested. */
  public TrustLevel trustLevel() {
    return trustLevel;
  }

  /** Whether the {@code email} scope is requested. */
  public boolean email() {
    return email;
  }

  /** Whether the {@code phone} scope is requested. */
  public boolean phone() {
    return phone;
  }

  /**
   * The identity claims requested from userinfo; empty unless the trust level proves identity, when it is at
   * least {@link IdentityClaim#CORE_IDENTITY}.
   */
  public Set<IdentityClaim> identityClaims() {
    return identityClaims;
  }

  /** The language requested, or {@code null} for One Login's default. */
  public UiLocale uiLocale() {
    return uiLocale;
  }

  /** The {@code max_age} sent, or {@code null} for none. */
  public Duration maxAge() {
    return maxAge;
  }

  @Override
  public String toString() {
    return "SignInOptions{trustLevel=" + trustLevel + ", email=" + email + ", phone=" + phone + ", identityClaims="
        + identityClaims + ", uiLocale=" + uiLocale + ", maxAge=" + maxAge + '}';
  }

  /** Builds {@link SignInOptions}. */
  public static final class Builder {
    private TrustLevel trustLevel = TrustLevel.MEDIUM;
    private boolean email = true;
    private boolean phone;
    private final EnumSet<IdentityClaim> identityClaims = EnumSet.noneOf(IdentityClaim.class);
    private UiLocale uiLocale;
    private Duration maxAge;

    private Builder() {}

    /**
     * The vector of trust (default {@link TrustLevel#MEDIUM}). An identity level also requests the core
     * identity claim unless {@link #identityClaims} says otherwise.
     *
     * @param level the level
     * @return this builder
     */
    public Builder trustLevel(TrustLevel level) {
      this.trustLevel = Objects.requireNonNull(level, "level");
      return this;
    }

    /**
     * Whether to request the {@code email} scope (default true).
     *
     * @param email whether to ask for the user's email address
     * @return this builder
     */
    public Builder email(boolean email) {
      this.email = email;
      return this;
    }

    /**
     * Whether to request the {@code phone} scope (default false). One Login returns a number only when the
     * user's second factor is SMS.
     *
     * @param phone whether to ask for the user's phone number
     * @return this builder
     */
    public Builder phone(boolean phone) {
      this.phone = phone;
      return this;
    }

    /**
     * The identity claims to request (only with an identity trust level).
     *
     * @param claims the claims
     * @return this builder
     */
    public Builder identityClaims(IdentityClaim... claims) {
      identityClaims.clear();
      for (IdentityClaim c : claims) {
        identityClaims.add(Objects.requireNonNull(c, "claim"));
      }
      return this;
    }

    /**
     * The language for One Login's pages.
     *
     * @param locale English or Welsh
     * @return this builder
     */
    public Builder uiLocale(UiLocale locale) {
      this.uiLocale = Objects.requireNonNull(locale, "locale");
      return this;
    }

    /**
     * Asks One Login to re-authenticate a user who signed in longer ago than this; the ID token's
     * {@code auth_time} is then checked. Only for clients One Login has enabled for {@code max_age}.
     *
     * @param maxAge zero or more whole seconds
     * @return this builder
     */
    public Builder maxAge(Duration maxAge) {
      Objects.requireNonNull(maxAge, "maxAge");
      if (maxAge.isNegative()) {
        throw new RequestValidationException("max_age", "must be zero or more seconds; got " + maxAge);
      }
      this.maxAge = maxAge;
      return this;
    }

    /**
     * Builds the options.
     *
     * @return the options
     * @throws RequestValidationException if identity claims are asked for without an identity trust level
     */
    public SignInOptions build() {
      if (!identityClaims.isEmpty() && !trustLevel.provesIdentity()) {
        throw new RequestValidationException("claims", "identity claims " + identityClaims + " need a trust level"
            + " that proves identity, such as TrustLevel.MEDIUM_IDENTITY; got " + trustLevel);
      }
      return new SignInOptions(this);
    }
  }
}
