package io.github.councilplatform.examples.spring;

import io.github.councilplatform.core.Redaction;
import io.github.councilplatform.identity.Address;
import io.github.councilplatform.identity.VerifiedIdentity;
import io.github.councilplatform.notify.EmailRequest;
import io.github.councilplatform.notify.NotifyApi;
import io.github.councilplatform.notify.SmsRequest;
import io.github.councilplatform.pay.CreatePaymentRequest;
import io.github.councilplatform.pay.PayApi;
import io.github.councilplatform.pay.Payment;
import io.github.councilplatform.spring.boot.security.OneLoginUser;
import jakarta.servlet.http.HttpSession;
import java.security.SecureRandom;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.view.RedirectView;
import org.springframework.web.util.HtmlUtils;

/**
 * The permit journey: prove identity, pay £25.00, and the permit is sent by email and text. Every page is plain
 * HTML so that the journey reads top to bottom; a real service would use templates and the GOV.UK Design System.
 */
@RestController
class PermitController {

  private static final long PRICE_PENCE = 2500;
  private static final String PAYMENT = "permit.paymentId";
  private static final String PERMIT = "permit.number";
  private static final SecureRandom RANDOM = new SecureRandom();

  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(PermitController.class);

  private final PayApi pay;
  private final NotifyApi notify;
  private final UUID emailTemplate;
  private final UUID smsTemplate;
  private final String serviceUrl;

  PermitController(PayApi pay, NotifyApi notify, @Value("${parking.email-template-id}") UUID emailTemplate,
      @Value("${parking.sms-template-id}") UUID smsTemplate, @Value("${parking.service-url}") String serviceUrl) {
    this.pay = pay;
    this.notify = notify;
    this.emailTemplate = emailTemplate;
    this.smsTemplate = smsTemplate;
    this.serviceUrl = serviceUrl;
  }

  @GetMapping(value = "/", produces = MediaType.TEXT_HTML_VALUE)
  String home() {
    return page("Resident parking permits", "<p>Park in your street's zone for £25.00 a year.</p>"
        + "<p><a id=\"apply\" href=\"/permit\">Apply for a permit</a></p>", null);
  }

  @GetMapping(value = "/permit", produces = MediaType.TEXT_HTML_VALUE)
  String apply(@AuthenticationPrincipal OneLoginUser user, CsrfToken csrf) {
    Optional<VerifiedIdentity> identity = user.identity();
    if (identity.isEmpty()) {
      return page("We could not confirm your identity", "<p>A permit needs a proven identity. You can apply at"
          + " the council's offices instead.</p>", csrf);
    }
    VerifiedIdentity id = identity.get();
    String name = id.currentName().map(n -> n.givenNames() + " " + n.familyName()).orElse("");
    String address = id.currentAddress().map(PermitController::oneLine).orElse("no address on record");
    return page("Apply for a resident parking permit", "<dl><dt>Name</dt><dd id=\"name\">" + esc(name)
        + "</dd><dt>Date of birth</dt><dd id=\"birth-date\">" + id.birthDate().map(b -> b.value().toString())
        .orElse("") + "</dd><dt>Address</dt><dd id=\"address\">" + esc(address) + "</dd></dl>"
        + "<p><a id=\"pay\" href=\"/permit/pay\">Pay £25.00</a></p>", csrf);
  }

  @GetMapping("/permit/pay")
  RedirectView pay(@AuthenticationPrincipal OneLoginUser user, HttpSession session) {
    user.requireIdentity();
    String reference = "PERMIT-" + (100000 + RANDOM.nextInt(900000));
    Payment payment = pay.createPayment(CreatePaymentRequest.builder().amount(PRICE_PENCE).reference(reference)
        .description("Resident parking permit").returnUrl(serviceUrl + "/permit/return").build());
    session.setAttribute(PAYMENT, payment.paymentId());
    session.setAttribute(PERMIT, reference);
    return new RedirectView(payment.nextUrl().orElseThrow(() -> new IllegalStateException("no next_url")));
  }

  @GetMapping(value = "/permit/return", produces = MediaType.TEXT_HTML_VALUE)
  String paid(@AuthenticationPrincipal OneLoginUser user, HttpSession session, CsrfToken csrf) {
    String paymentId = (String) session.getAttribute(PAYMENT);
    if (paymentId == null) {
      return page("No permit application", "<p><a href=\"/permit\">Start again</a></p>", csrf);
    }
    // The return URL proves nothing: the payment's own state, from Pay, decides.
    Payment payment = pay.getPayment(paymentId);
    if (!payment.isSuccess()) {
      return page("Payment not completed", "<p>You have not been charged. <a href=\"/permit/pay\">Try again</a></p>",
          csrf);
    }
    String permit = (String) session.getAttribute(PERMIT);
    if (session.getAttribute("permit.sent") == null) {
      String name = user.requireIdentity().currentName().map(n -> n.givenNames()).orElse("resident");
      Map<String, Object> fields = Map.of("name", name, "permit_number", permit);
      user.emailAddress().ifPresent(email -> notify.sendEmail(EmailRequest.builder().templateId(emailTemplate)
          .emailAddress(email).personalisation(fields).reference(permit).build()));
      user.phone().ifPresent(phone -> LOG.info("Permit {} sent by text: notification {}", permit,
          notify.sendSms(SmsRequest.builder().templateId(smsTemplate).phoneNumber(phone).personalisation(fields)
              .reference(permit + "-text").build()).id()));
      session.setAttribute("permit.sent", Boolean.TRUE);
    }
    return page("Permit issued", "<p>Your permit number is <strong id=\"permit-number\">" + esc(permit)
        + "</strong>.</p><p>We have sent it to " + esc(user.emailAddress().map(Redaction::maskEmail).orElse(""))
        + " and by text to " + esc(user.phone().map(Redaction::maskPhone).orElse("")) + ".</p>", csrf);
  }

  @GetMapping(value = "/signed-out", produces = MediaType.TEXT_HTML_VALUE)
  String signedOut() {
    return page("You have signed out", "<p><a href=\"/\">Back to parking permits</a></p>", null);
  }

  private static String oneLine(Address a) {
    StringBuilder line = new StringBuilder();
    for (String part : new String[] {a.buildingNumber(), a.buildingName(), a.streetName(), a.addressLocality(),
        a.postalCode()}) {
      if (part != null && !part.isBlank()) {
        line.append(line.length() == 0 ? "" : ", ").append(part);
      }
    }
    return line.toString();
  }

  private static String page(String heading, String body, CsrfToken csrf) {
    String signOut = csrf == null ? "" : "<form method=\"post\" action=\"/logout\"><input type=\"hidden\" name=\""
        + csrf.getParameterName() + "\" value=\"" + esc(csrf.getToken()) + "\"><button id=\"sign-out\">Sign out"
        + "</button></form>";
    return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + esc(heading)
        + " - Parking permits - Council</title></head><body><main><h1>" + esc(heading) + "</h1>" + body + signOut
        + "</main></body></html>";
  }

  private static String esc(String text) {
    return HtmlUtils.htmlEscape(text);
  }
}
