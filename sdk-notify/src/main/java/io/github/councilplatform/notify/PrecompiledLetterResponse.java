package io.github.councilplatform.notify;

import java.util.UUID;

/**
 * Notify's answer to {@link NotifyApi#sendPrecompiledLetter(PrecompiledLetterRequest)} (HTTP 201). The
 * letter starts as {@code pending-virus-check}; Notify checks it asynchronously.
 *
 * @param id the notification id
 * @param reference the reference you gave
 * @param postage the postage class
 */
public record PrecompiledLetterResponse(UUID id, String reference, Postage postage) {}
