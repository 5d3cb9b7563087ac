package io.github.councilplatform.core;

/**
 * A platform call about to start, as a {@link CallListener} sees it. Carries no request content: paths
 * hold ids and bodies hold personal data, neither of which belongs in metrics.
 *
 * @param platform the platform's short name: {@code notify}, {@code pay} or {@code one-login}
 * @param operation the SDK operation, for example {@code sendEmail} or {@code createPayment}
 * @param method the HTTP method
 * @param requestId the {@code X-Request-ID} every attempt of this call carries
 */
public record CallStart(String platform, String operation, String method, String requestId) {}
