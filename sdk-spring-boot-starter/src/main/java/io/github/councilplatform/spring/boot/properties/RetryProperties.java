package io.github.councilplatform.spring.boot.properties;

import java.time.Duration;

/**
 * Retries of a platform client ({@code council-platform.<platform>.retry.*}). Only calls the SDK knows are safe
 * to repeat are ever retried; unset values keep the SDK's defaults.
 */
public class RetryProperties {

  /** Whether failed calls that are safe to repeat are retried. */
  private boolean enabled = true;

  /** Attempts in all, the first included (at least 1). */
  private Integer maxAttempts;

  /** Wait before the first retry. */
  private Duration initialBackoff;

  /** Longest wait between two attempts. */
  private Duration maxBackoff;

  /** Longest Retry-After the client waits for; a longer one ends the call. */
  private Duration maxRetryAfter;

  /** Whether failed calls that are safe to repeat are retried. @return the flag */
  public boolean isEnabled() {
    return enabled;
  }

  /** @param enabled whether failed calls are retried */
  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  /** @return attempts in all, or {@code null} for the SDK's default */
  public Integer getMaxAttempts() {
    return maxAttempts;
  }

  /** @param maxAttempts attempts in all, the first included */
  public void setMaxAttempts(Integer maxAttempts) {
    this.maxAttempts = maxAttempts;
  }

  /** @return the wait before the first retry, or {@code null} for the SDK's default */
  public Duration getInitialBackoff() {
    return initialBackoff;
  }

  /** @param initialBackoff the wait before the first retry */
  public void setInitialBackoff(Duration initialBackoff) {
    this.initialBackoff = initialBackoff;
  }

  /** @return the longest wait between attempts, or {@code null} for the SDK's default */
  public Duration getMaxBackoff() {
    return maxBackoff;
  }

  /** @param maxBackoff the longest wait between attempts */
  public void setMaxBackoff(Duration maxBackoff) {
    this.maxBackoff = maxBackoff;
  }

  /** @return the longest Retry-After honoured, or {@code null} for the SDK's default */
  public Duration getMaxRetryAfter() {
    return maxRetryAfter;
  }

  /** @param maxRetryAfter the longest Retry-After honoured */
  public void setMaxRetryAfter(Duration maxRetryAfter) {
    this.maxRetryAfter = maxRetryAfter;
  }
}
