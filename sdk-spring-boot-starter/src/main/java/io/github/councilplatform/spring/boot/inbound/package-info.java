/**
 * What the starter's inbound endpoints publish: one typed Spring {@code ApplicationEvent} per verified message
 * (Notify delivery receipts and received texts, Pay webhooks, One Login back-channel logout), each flagged when it
 * is a repeat of a message seen before, and the {@link io.github.councilplatform.spring.boot.inbound.SeenMessageStore}
 * that remembers them.
 */
package io.github.councilplatform.spring.boot.inbound;
