package io.github.councilplatform.sandbox.internal.notify;

import java.time.Instant;

/**
 * A text message a resident sent to the service's inbound number (injected through the admin API).
 *
 * @param id its id
 * @param serviceId the receiving service
 * @param notifyNumber the service's inbound number
 * @param userNumber the sender's number
 * @param content the message
 * @param createdAt when it arrived
 */
record ReceivedText(String id, String serviceId, String notifyNumber, String userNumber, String content,
    Instant createdAt) {}
