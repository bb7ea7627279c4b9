// The payment page (issue 13): Stripe.js takes the card in its own Element, so card data never
// reaches hup. confirmCardSetup keeps the card with the employee's customer (for renewals) and
// yields its PaymentMethod id, which the form posts; hup then charges the order's exact amount.
// When the bank asks for 3-D Secure, the page comes back with data-next-action and
// confirmCardPayment completes it; the form then asks hup to look again.
(function () {
  "use strict";
  var form = document.getElementById("pay-form");
  if (!form || typeof Stripe !== "function") { return; }
  var stripe = Stripe(form.getAttribute("data-key"));
  var message = document.getElementById("pay-error");
  var button = document.getElementById("pay-button");
  var show = function (text) { message.textContent = text; message.hidden = false; };
  var next = form.getAttribute("data-next-action");
  if (next) {
    button.disabled = true;
    stripe.confirmCardPayment(next).then(function (result) {
      if (result.error) { show(result.error.message || form.getAttribute("data-failed")); }
      form.elements.check.value = "1";
      form.submit();
    });
    return;
  }
  var card = stripe.elements().create("card");
  card.mount("#card-element");
  form.hidden = false;
  document.getElementById("pay-needs-js").hidden = true;
  var busy = false;
  form.addEventListener("submit", function (event) {
    if (form.elements.payment_method.value || form.elements.check.value) { return; }
    event.preventDefault();
    if (busy) { return; }
    busy = true;
    button.disabled = true;
    stripe.confirmCardSetup(form.getAttribute("data-secret"), { payment_method: { card: card } })
      .then(function (result) {
        if (result.error || !result.setupIntent) {
          busy = false;
          button.disabled = false;
          show((result.error && result.error.message) || form.getAttribute("data-failed"));
          return;
        }
        form.elements.payment_method.value = result.setupIntent.payment_method;
        form.submit();
      });
  });
})();
