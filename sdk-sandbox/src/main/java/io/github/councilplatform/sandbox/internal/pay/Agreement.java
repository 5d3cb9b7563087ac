package io.github.councilplatform.sandbox.internal.pay;

import java.time.Instant;

/** A recurring-payment agreement. Guarded by its account's lock. */
final class Agreement {
  final String id;
  final String reference;
  final String description;
  final String userIdentifier;
  final Instant created;
  String status = "created";
  Instant cancelled;
  Card card;
  Instant instrumentCreated;

  Agreement(String id, String reference, String description, String userIdentifier, Instant created) {
    this.id = id;
    this.reference = reference;
    this.description = description;
    this.userIdentifier = userIdentifier;
    this.created = created;
  }
}
