package io.github.councilplatform.examples.journeys;

import io.github.councilplatform.examples.support.JourneyContext;
import io.github.councilplatform.examples.support.Show;
import io.github.councilplatform.examples.support.Steps;
import io.github.councilplatform.notify.NotificationStatus;
import io.github.councilplatform.notify.NotifyApi;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/** Waits for notifications to be delivered: by delivery receipt when Notify can reach us, else by polling. */
final class DeliveryWait {
  /** How far the sandbox clock moves: the sandbox's Notify delivers 5 s (sandbox time) after sending. */
  static final Duration NOTIFY_DELIVERY_TIME = Duration.ofSeconds(10);

  private DeliveryWait() {}

  static void forReceipts(JourneyContext ctx, NotifyApi notify, List<UUID> ids) throws Exception {
    Steps steps = ctx.steps();
    if (ctx.platforms().isSandbox()) {
      steps.run("sandbox.advanceClock(" + NOTIFY_DELIVERY_TIME.toSeconds() + " s)",
          () -> {
            ctx.platforms().advanceClock(NOTIFY_DELIVERY_TIME, "moving Notify's clock on");
            return null;
          },
          "the sandbox's Notify delivers as if " + NOTIFY_DELIVERY_TIME.toSeconds() + " s had passed");
    }
    for (UUID id : ids) {
      NotificationStatus status;
      if (ctx.platforms().callbacksReachable()) {
        status = steps.call("await the delivery receipt for " + id,
            () -> ctx.council().receipts.await(r -> id.equals(r.id()), Duration.ofSeconds(30))
                .orElseThrow(() -> new IllegalStateException("no delivery receipt within 30 s")),
            r -> r.notificationType() + " " + r.status().value() + " to "
                + (r.to().contains("@") ? Show.email(r.to()) : Show.phone(r.to())) + ", bearer token verified")
            .status();
      } else {
        // Without a public callback URL, poll: awaitFinalStatus backs off between reads.
        status = steps.call("notify.awaitFinalStatus(" + id + ")",
            () -> notify.awaitFinalStatus(id, Duration.ofMinutes(2)),
            n -> n.type() + " " + n.status().value()).status();
      }
      steps.check(status == NotificationStatus.DELIVERED, "notification " + id + " ended " + status);
    }
  }
}
