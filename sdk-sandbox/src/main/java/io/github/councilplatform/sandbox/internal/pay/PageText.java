package io.github.councilplatform.sandbox.internal.pay;

import java.util.Map;

/**
 * The payment pages' words in English and Welsh: a payment created with {@code "language": "cy"} gets its
 * pages in Welsh, as on GOV.UK Pay.
 */
final class PageText {
  private static final Map<String, String> WELSH = Map.ofEntries(
      Map.entry("Enter card details", "Rhowch fanylion y cerdyn"),
      Map.entry("Payment for", "Taliad am"),
      Map.entry("Total amount", "Cyfanswm"),
      Map.entry("Card number", "Rhif y cerdyn"),
      Map.entry("Accepted cards: Visa, Mastercard, American Express",
          "Cardiau a dderbynnir: Visa, Mastercard, American Express"),
      Map.entry("Expiry date", "Dyddiad dod i ben"),
      Map.entry("For example, 10/30", "Er enghraifft, 10/30"),
      Map.entry("Month", "Mis"),
      Map.entry("Year", "Blwyddyn"),
      Map.entry("Name on card", "Enw ar y cerdyn"),
      Map.entry("Card security code", "Cod diogelwch y cerdyn"),
      Map.entry("The last 3 digits on the back of the card", "Y 3 digid olaf ar gefn y cerdyn"),
      Map.entry("Billing address", "Cyfeiriad bilio"),
      Map.entry("Country or territory", "Gwlad neu diriogaeth"),
      Map.entry("Address line 1", "Llinell 1 y cyfeiriad"),
      Map.entry("Address line 2 (optional)", "Llinell 2 y cyfeiriad (dewisol)"),
      Map.entry("Town or city", "Tref neu ddinas"),
      Map.entry("Postcode", "Cod post"),
      Map.entry("Continue", "Parhau"),
      Map.entry("Cancel payment", "Canslo’r taliad"),
      Map.entry("There is a problem", "Mae problem wedi codi"),
      Map.entry("Error:", "Gwall:"),
      Map.entry("Confirm your payment", "Cadarnhewch eich taliad"),
      Map.entry("Confirm payment", "Cadarnhau’r taliad"),
      Map.entry("Confirmation email", "E-bost cadarnhau"),
      Map.entry("Enter a card number", "Rhowch rif cerdyn"),
      Map.entry("Enter a valid card number", "Rhowch rif cerdyn dilys"),
      Map.entry("Enter a valid expiry date", "Rhowch ddyddiad dod i ben dilys"),
      Map.entry("Enter a valid expiry date. The card has expired",
          "Rhowch ddyddiad dod i ben dilys. Mae’r cerdyn wedi dod i ben"),
      Map.entry("Enter the name as it appears on the card", "Rhowch yr enw fel y mae’n ymddangos ar y cerdyn"),
      Map.entry("Card holder name must be 255 characters or fewer",
          "Rhaid i enw deiliad y cerdyn fod yn 255 nod neu lai"),
      Map.entry("Enter a valid card security code", "Rhowch god diogelwch cerdyn dilys"),
      Map.entry("Enter a building name or number and street", "Rhowch enw neu rif yr adeilad a’r stryd"),
      Map.entry("Enter a town or city", "Rhowch dref neu ddinas"),
      Map.entry("Enter a valid postcode", "Rhowch god post dilys"),
      Map.entry("Your payment has been declined", "Mae eich taliad wedi cael ei wrthod"),
      Map.entry("Your payment has been cancelled", "Mae eich taliad wedi cael ei ganslo"),
      Map.entry("Your payment session has expired", "Mae eich sesiwn talu wedi dod i ben"),
      Map.entry("Your payment has been cancelled by the service", "Mae’r gwasanaeth wedi canslo eich taliad"),
      Map.entry("We’re experiencing technical problems", "Rydym yn cael problemau technegol"),
      Map.entry("Your payment is complete", "Mae eich taliad wedi’i gwblhau"),
      Map.entry("No money has been taken from your account.", "Nid oes arian wedi’i gymryd o’ch cyfrif."),
      Map.entry("No money has been taken from your account. Please try again later.",
          "Nid oes arian wedi’i gymryd o’ch cyfrif. Rhowch gynnig arall arni yn nes ymlaen."),
      Map.entry("You have already paid.", "Rydych eisoes wedi talu."),
      Map.entry("Go back to the service", "Ewch yn ôl i’r gwasanaeth"),
      Map.entry("Sandbox:", "Blwch tywod:"),
      Map.entry("this is a test payment page. No money will be taken.",
          "tudalen dalu prawf yw hon. Ni fydd arian yn cael ei gymryd."),
      Map.entry("Skip to main content", "Neidio i’r prif gynnwys"),
      Map.entry("United Kingdom", "Y Deyrnas Unedig"),
      Map.entry("Ireland", "Iwerddon"),
      Map.entry("France", "Ffrainc"),
      Map.entry("Germany", "Yr Almaen"),
      Map.entry("Spain", "Sbaen"),
      Map.entry("Netherlands", "Yr Iseldiroedd"),
      Map.entry("United States", "Unol Daleithiau America"),
      Map.entry("Canada", "Canada"),
      Map.entry("Australia", "Awstralia"));

  private PageText() {}

  /**
   * The words in the page's language.
   *
   * @param lang {@code en} or {@code cy}
   * @param english the English words
   * @return the Welsh words for {@code cy} (English if there is no translation), else the English
   */
  static String t(String lang, String english) {
    return "cy".equals(lang) ? WELSH.getOrDefault(english, english) : english;
  }
}
