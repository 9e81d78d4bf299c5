// Draw every Vega-Lite chart on the page: <div data-vega-lite="ID"> + <script type="application/json" id="ID">.
document.querySelectorAll("[data-vega-lite]").forEach(function (el) {
  var source = document.getElementById(el.getAttribute("data-vega-lite"));
  if (!source || typeof vegaEmbed !== "function") { return; }
  vegaEmbed(el, JSON.parse(source.textContent), { actions: false, renderer: "svg" })
    .catch(function (err) { el.textContent = "Chart unavailable: " + err.message; });
});
