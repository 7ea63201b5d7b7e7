// The priority calculator: the same rule as drillbook.org.priority.priority_of, on the
// model embedded next to it as JSON. Runs from file:// with no other script.
(function () {
  "use strict";
  var root = document.getElementById("drillbook-calculator");
  var model = JSON.parse(document.getElementById("drillbook-priority-model").textContent);
  function priorityOf(levels) {
    var total = 0;
    model.metrics.forEach(function (metric) {
      total += metric.scores[levels[metric.id]];
    });
    var result = model.order[model.order.length - 1];
    model.thresholds.forEach(function (t) {
      if (total >= t.min_total && model.order.indexOf(t.priority) < model.order.indexOf(result)) {
        result = t.priority;
      }
    });
    model.floors.forEach(function (f) {
      var urgent = model.order.indexOf(f.at_least) < model.order.indexOf(result);
      if (levels[f.metric] === f.level && urgent) {
        result = f.at_least;
      }
    });
    return { priority: result, total: total };
  }
  function show() {
    var levels = {};
    root.querySelectorAll("select[data-metric]").forEach(function (select) {
      levels[select.dataset.metric] = select.value;
    });
    var answer = priorityOf(levels);
    var meaning = model.priorities[answer.priority];
    var out = function (name, value) {
      root.querySelector('[data-out="' + name + '"]').textContent = value;
    };
    out("priority", answer.priority);
    out("name", meaning.name);
    out("total", String(answer.total));
    out("response", meaning.response);
    out("cadence", meaning.cadence);
    out("inform", meaning.inform.join(", "));
    out("briefing", meaning.briefing ? "yes" : "no");
  }
  root.addEventListener("change", show);
  show();
})();
