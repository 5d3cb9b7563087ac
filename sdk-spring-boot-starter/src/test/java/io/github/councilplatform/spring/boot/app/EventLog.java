package io.github.councilplatform.spring.boot.app;

import io.github.councilplatform.spring.boot.inbound.InboundMessageEvent;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.event.EventListener;

/** The application's listener in the tests: keeps every inbound event published. */
public class EventLog {

  private final List<InboundMessageEvent> events = new CopyOnWriteArrayList<>();

  @EventListener
  void on(InboundMessageEvent event) {
    events.add(event);
  }

  /** @return the events so far */
  public List<InboundMessageEvent> events() {
    return List.copyOf(events);
  }

  /** Forgets the events so far. */
  public void clear() {
    events.clear();
  }
}
