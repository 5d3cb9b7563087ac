package io.github.councilplatform.spring.boot.app;

import io.github.councilplatform.spring.boot.inbound.InboundMessageEvent;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.event.EventListener;

/** The application's listener in the tests: keeps every inbound event published. */
public class EventLog {

  private final List<InboundMessageEvent> events = new CopyOnWriteArrayList<>();

  private final java.util.concurrent.atomic.AtomicBoolean failNext = new java.util.concurrent.atomic.AtomicBoolean();

  @EventListener
  void on(InboundMessageEvent event) {
    if (failNext.getAndSet(false)) {
      throw new IllegalStateException("the application's database is down");
    }
    events.add(event);
  }

  /** Makes the next event's listener fail, as an application whose database is down. */
  public void failNext() {
    failNext.set(true);
  }

  /** @return the events so far */
  public List<InboundMessageEvent> events() {
    return List.copyOf(events);
  }

  /** Forgets the events so far. */
  public void clear() {
    failNext.set(false);
    events.clear();
  }
}
