// Progressive enhancement for the admin center: a Copy button beside each read-only value.
// Without JavaScript the value stays selectable and the buttons stay hidden.
document.querySelectorAll("button.copy[data-copy]").forEach(function (button) {
  var source = document.getElementById(button.getAttribute("data-copy"));
  if (!source || !navigator.clipboard) return;
  button.hidden = false;
  button.addEventListener("click", function () {
    navigator.clipboard.writeText(source.value).then(function () {
      button.textContent = button.getAttribute("data-copied");
    });
  });
});
