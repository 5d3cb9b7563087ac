package io.github.councilplatform.spring.boot.security;

import io.github.councilplatform.spring.boot.inbound.OneLoginLogoutEvent;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationListener;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;

/**
 * Ends every Spring session of the resident a verified back-channel logout token names: each is marked expired in
 * the {@link SessionRegistry} (Spring Security's in-memory one, or Spring Session's
 * {@code SpringSessionBackedSessionRegistry}, which finds sessions by principal name, the subject), and the
 * session's next request is signed out by Spring Security's {@code ConcurrentSessionFilter}.
 */
public final class OneLoginBackChannelLogout implements ApplicationListener<OneLoginLogoutEvent> {

  private static final Logger LOG = LoggerFactory.getLogger(OneLoginBackChannelLogout.class);

  private final SessionRegistry sessions;

  /**
   * Ends sessions in this registry.
   *
   * @param sessions the registry the sign-in registers sessions in
   */
  public OneLoginBackChannelLogout(SessionRegistry sessions) {
    this.sessions = sessions;
  }

  @Override
  public void onApplicationEvent(OneLoginLogoutEvent event) {
    int ended = endSessions(event.subject());
    // The subject is pseudonymous personal data: counted, not logged.
    LOG.info("One Login back-channel logout ended {} session(s){}", ended, event.isRepeat() ? " (a repeat)" : "");
  }

  /**
   * Ends every session of a subject.
   *
   * @param subject the One Login subject ({@code sub})
   * @return how many sessions were ended
   */
  public int endSessions(String subject) {
    List<SessionInformation> found = new ArrayList<>();
    try {
      for (Object principal : sessions.getAllPrincipals()) {
        if (principal instanceof OneLoginUser user && user.subject().equals(subject)) {
          found.addAll(sessions.getAllSessions(principal, false));
        }
      }
    } catch (UnsupportedOperationException e) {
      // Spring Session's registry cannot list principals; it looks sessions up by principal name.
      found.addAll(sessions.getAllSessions(subject, false));
    }
    found.forEach(SessionInformation::expireNow);
    return found.size();
  }
}
