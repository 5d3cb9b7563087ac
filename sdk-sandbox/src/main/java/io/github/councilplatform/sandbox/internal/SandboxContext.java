package io.github.councilplatform.sandbox.internal;

import io.github.councilplatform.sandbox.SandboxClock;

/**
 * What the sandbox gives each platform: its clock, a scheduler on that clock, an HTTP client for callbacks
 * and webhooks, and the base URL clients use.
 *
 * @param clock the sandbox clock
 * @param scheduler runs work when the sandbox clock reaches a time
 * @param outbound posts callbacks and webhooks
 * @param baseUrl the sandbox's base URL, e.g. {@code http://127.0.0.1:8080}
 */
public record SandboxContext(SandboxClock clock, Scheduler scheduler, Outbound outbound, String baseUrl) {}
