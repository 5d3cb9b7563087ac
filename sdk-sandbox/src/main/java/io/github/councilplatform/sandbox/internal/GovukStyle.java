package io.github.councilplatform.sandbox.internal;

/**
 * The one stylesheet of every page a person sees in the sandbox (Pay's payment pages, One Login's sign-in and
 * error pages, Notify's sent-messages page), written after the GOV.UK Design System's look: black header with
 * the blue rule, Arial (GDS Transport is licensed for GOV.UK domains only), yellow focus states, green buttons,
 * error summaries, radios, inset text, panels and tags. Hand-written and inlined so that the pages need no
 * network and no asset served beside them.
 */
public final class GovukStyle {
  /** The CSS, to put in a {@code <style>} element. */
  public static final String CSS = """
      *{box-sizing:border-box}
      body{margin:0;font-family:Arial,Helvetica,sans-serif;font-size:19px;line-height:1.32;color:#0b0c0c;background:#fff}
      a{color:#1d70b8}a:visited{color:#4c2c92}a:hover{color:#003078}
      a:focus,button:focus,input:focus,select:focus{outline:3px solid #fd0;outline-offset:0;box-shadow:inset 0 0 0 2px #0b0c0c}
      a:focus{background:#fd0;color:#0b0c0c;box-shadow:0 -2px #fd0,0 4px #0b0c0c;text-decoration:none;outline:none}
      .skip{position:absolute;left:-9999px}.skip:focus{position:static}
      header{background:#0b0c0c;color:#fff;padding:10px 15px;border-bottom:10px solid #1d70b8}
      header .logo{font-weight:700;font-size:30px;color:#fff;text-decoration:none;margin-right:10px}
      header .service{font-size:19px;font-weight:700}
      .banner{background:#f3f2f1;border-left:5px solid #1d70b8;padding:10px 15px;margin:0 0 20px}
      .phase{border-bottom:1px solid #b1b4b6;padding:10px 0;margin:0 0 20px;font-size:16px}
      .tag{display:inline-block;background:#1d70b8;color:#fff;font-weight:700;font-size:16px;padding:2px 8px 3px;letter-spacing:1px;text-transform:uppercase;margin-right:10px}
      .tag.grey{background:#505a5f}.tag.green{background:#00703c}.tag.red{background:#d4351c}.tag.yellow{background:#ffdd00;color:#0b0c0c}
      main{max-width:960px;margin:0 auto;padding:20px 15px 60px}
      h1{font-size:36px;line-height:1.11;margin:0 0 30px}
      h2{font-size:24px;line-height:1.25;margin:0 0 20px}
      h3{font-size:19px;margin:0 0 15px}
      p{margin:0 0 20px}
      .caption{color:#505a5f;font-size:19px;display:block;margin-bottom:5px}
      .group{margin-bottom:25px}.group.error{border-left:5px solid #d4351c;padding-left:15px}
      label,.legend{display:block;font-weight:700;margin-bottom:5px}
      legend.heading{font-size:24px;font-weight:700;margin-bottom:15px}
      .hint{color:#505a5f;margin-bottom:10px}
      .message{color:#d4351c;font-weight:700;display:block;margin-bottom:10px}
      input,select{font:inherit;border:2px solid #0b0c0c;padding:5px;height:40px}
      input.w20{width:100%;max-width:24em}input.w4{width:5.4em}input.w2{width:3.4em}
      fieldset{border:0;padding:0;margin:0 0 25px}
      .inline{display:inline-block;margin-right:20px}
      .radios .item{position:relative;min-height:40px;padding-left:52px;margin-bottom:15px}
      .radios input{position:absolute;left:0;top:0;width:40px;height:40px;margin:0;accent-color:#0b0c0c}
      .radios label{font-weight:400;padding:8px 15px 5px 0;margin:0}
      .radios .hint{padding-left:0;margin:0}
      .button{font:inherit;background:#00703c;color:#fff;border:0;box-shadow:0 2px 0 #002d18;padding:8px 10px;cursor:pointer;margin:0 15px 30px 0;text-decoration:none;display:inline-block}
      .button.secondary{background:#f3f2f1;color:#0b0c0c;box-shadow:0 2px 0 #929191}
      .button.warning{background:#d4351c;box-shadow:0 2px 0 #55150b}
      .linkbutton{font:inherit;background:none;border:0;color:#1d70b8;text-decoration:underline;padding:0;cursor:pointer}
      .summary{border:5px solid #d4351c;padding:15px;margin-bottom:30px}.summary h2{margin-top:0}
      .summary a{color:#d4351c;font-weight:700}
      .inset{border-left:10px solid #b1b4b6;padding:15px;margin:0 0 20px}
      .inset>:last-child{margin-bottom:0}
      .panel{background:#00703c;color:#fff;padding:35px;text-align:center;margin-bottom:30px}
      .panel h1{margin:0}
      dl{margin:0 0 30px}dl div{display:flex;border-bottom:1px solid #b1b4b6;padding:10px 0}
      dt{font-weight:700;width:40%;padding-right:20px}dd{margin:0;flex:1}
      .amount{font-size:36px;font-weight:700}
      code{font-family:monospace;font-size:16px;background:#f3f2f1;padding:0 4px;word-break:break-all}
      ul.list{padding-left:20px;margin:0 0 20px}ul.list li{margin-bottom:5px}
      footer{border-top:1px solid #b1b4b6;background:#f3f2f1;padding:25px 15px;font-size:16px;color:#0b0c0c}
      footer p{max-width:960px;margin:0 auto}
      """;

  private GovukStyle() {}
}
