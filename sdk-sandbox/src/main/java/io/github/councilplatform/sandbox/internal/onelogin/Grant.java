package io.github.councilplatform.sandbox.internal.onelogin;

import java.time.Instant;

/**
 * What an authorisation code or access token stands for.
 *
 * @param request the validated authorisation request
 * @param resident who signed in
 * @param sessionId the One Login session ({@code sid})
 * @param authTime when the resident authenticated
 * @param expires when the code or token stops working
 */
record Grant(AuthRequest request, Resident resident, String sessionId, Instant authTime, Instant expires) {

  String subject() {
    return resident.subjectFor(request.clientId());
  }
}
