package io.github.councilplatform.pay.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/** A webhook message as sent, before the resource is typed. */
public record WebhookBody(
    String webhookMessageId,
    Instant createdDate,
    String resourceId,
    Integer apiVersion,
    String resourceType,
    String eventType,
    JsonNode resource) {}
