/// The scripts of tandem's HTML reports.
///
/// They only read the page and toggle classes; text is moved with `textContent`
/// and `cloneNode`, never with `innerHTML`, and no handler is built from text.
/// The page's Content-Security-Policy allows exactly these two scripts (by hash).
enum HTMLScript {
    /// Runs first (in the head): collects script errors and blocked loads so a test can read them.
    static let errorCollector = #"""
window.tandemErrors=[];window.addEventListener("error",function(e){window.tandemErrors.push(String(e.message||e.type))});document.addEventListener("securitypolicyviolation",function(e){window.tandemErrors.push("blocked "+e.violatedDirective+" "+e.blockedURI)});
"""#

    /// Filters, search, keyboard navigation, tooltips and the `#selftest` mode.
    static let main = #"""
(function () {
  "use strict";
  var doc = document, root = doc.documentElement;
  var pairs = Array.prototype.slice.call(doc.querySelectorAll(".pair"));
  var items = Array.prototype.slice.call(doc.querySelectorAll(".fi"));
  var inputs = Array.prototype.slice.call(doc.querySelectorAll("input[data-group]"));
  var marks = Array.prototype.slice.call(doc.querySelectorAll("mark[data-f]"));
  var navs = Array.prototype.slice.call(doc.querySelectorAll(".nv"));
  var only = doc.getElementById("only");
  var search = doc.getElementById("q");
  var position = doc.getElementById("pos");
  var shownPairs = doc.getElementById("shown");
  var tip = doc.getElementById("tip");
  var findingById = {};
  var marksById = {};
  var current = -1;
  var texts = null;

  items.forEach(function (item) { if (item.id) { findingById[item.id.slice(1)] = item; } });
  marks.forEach(function (mark) {
    mark.dataset.f.split(" ").forEach(function (id) { (marksById[id] = marksById[id] || []).push(mark); });
  });

  function checked() {
    var groups = {};
    inputs.forEach(function (input) {
      var group = groups[input.dataset.group] || (groups[input.dataset.group] = {});
      if (input.checked) { group[input.value] = true; }
    });
    return groups;
  }

  function passes(item, groups) {
    for (var name in groups) {
      var value = item.getAttribute("data-" + name);
      if (value !== null && !groups[name][value]) { return false; }
    }
    return true;
  }

  function apply() {
    var groups = checked();
    items.forEach(function (item) { item.classList.toggle("xf", !passes(item, groups)); });
    marks.forEach(function (mark) {
      var visible = mark.dataset.f.split(" ").some(function (id) {
        var item = findingById[id];
        return item && !item.classList.contains("xf");
      });
      mark.classList.toggle("off", !visible);
    });
    var query = search ? search.value.trim().toLowerCase() : "";
    if (query && !texts) { texts = pairs.map(function (pair) { return pair.textContent.toLowerCase(); }); }
    var onlyWith = only && only.checked;
    var shown = 0;
    pairs.forEach(function (pair, index) {
      pair.classList.toggle("xs", query !== "" && texts[index].indexOf(query) < 0);
      pair.classList.toggle("xo", !!onlyWith && !pair.querySelector(".f:not(.xf)"));
      if (!pair.classList.contains("xs") && !pair.classList.contains("xo") && !pair.classList.contains("xf")) { shown += 1; }
    });
    if (shownPairs) { shownPairs.textContent = shown + " / " + pairs.length; }
    if (current >= 0 && !visible(navs[current])) { select(-1); }
    update();
  }

  function pairOf(el) {
    if (el.tandemPair === undefined) { el.tandemPair = el.classList.contains("pair") ? el : el.closest(".pair"); }
    return el.tandemPair;
  }

  function visible(el) {
    if (el.classList.contains("xf")) { return false; }
    var pair = pairOf(el);
    return !pair || !(pair.classList.contains("xf") || pair.classList.contains("xs") || pair.classList.contains("xo"));
  }

  function update() {
    if (!position) { return; }
    var total = 0, rank = 0;
    navs.forEach(function (el, index) {
      if (visible(el)) { total += 1; if (index <= current) { rank = total; } }
    });
    position.textContent = (current >= 0 ? rank : 0) + " / " + total;
  }

  function select(index) {
    if (current >= 0) {
      navs[current].classList.remove("cur");
      marksOf(navs[current]).forEach(function (mark) { mark.classList.remove("cur"); });
    }
    current = index;
    if (index < 0) { update(); return; }
    var el = navs[index];
    el.classList.add("cur");
    marksOf(el).forEach(function (mark) { mark.classList.add("cur"); });
    el.scrollIntoView({ block: "center" });
    el.focus({ preventScroll: true });
    update();
  }

  function marksOf(el) {
    return el.id.charAt(0) === "f" ? (marksById[el.id.slice(1)] || []) : [];
  }

  function step(direction) {
    var count = navs.length;
    if (!count) { return; }
    var index = current;
    for (var tries = 0; tries < count; tries += 1) {
      index = index < 0 ? (direction > 0 ? 0 : count - 1) : (index + direction + count) % count;
      if (visible(navs[index])) { select(index); return; }
    }
  }

  function showTip(mark) {
    if (!tip) { return; }
    while (tip.firstChild) { tip.removeChild(tip.firstChild); }
    var list = doc.createElement("ul");
    mark.dataset.f.split(" ").forEach(function (id) {
      var item = findingById[id];
      if (!item || item.classList.contains("xf")) { return; }
      var copy = item.cloneNode(true);
      copy.removeAttribute("id");
      copy.classList.remove("cur", "fi", "nv");
      list.appendChild(copy);
    });
    if (!list.firstChild) { return; }
    tip.appendChild(list);
    tip.hidden = false;
    var box = mark.getBoundingClientRect();
    var width = tip.offsetWidth, height = tip.offsetHeight;
    var left = Math.max(8, Math.min(box.left, window.innerWidth - width - 8));
    var top = box.bottom + 6;
    if (top + height > window.innerHeight - 8) { top = Math.max(8, box.top - height - 6); }
    tip.style.left = left + "px";
    tip.style.top = top + "px";
  }

  function hideTip() { if (tip) { tip.hidden = true; } }

  var timer = 0;
  if (search) {
    search.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(apply, 120); });
  }
  inputs.forEach(function (input) { input.addEventListener("change", apply); });
  if (only) { only.addEventListener("change", apply); }
  Array.prototype.forEach.call(doc.querySelectorAll("button[data-bulk]"), function (button) {
    button.addEventListener("click", function () {
      var on = button.dataset.bulk === "all";
      inputs.forEach(function (input) { if (input.dataset.group === button.dataset.group) { input.checked = on; } });
      apply();
    });
  });
  var previous = doc.getElementById("prev"), next = doc.getElementById("next");
  if (previous) { previous.addEventListener("click", function () { step(-1); }); }
  if (next) { next.addEventListener("click", function () { step(1); }); }

  doc.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey) { return; }
    var target = event.target;
    var typing = target && (target.tagName === "INPUT" || target.tagName === "SELECT" || target.tagName === "TEXTAREA");
    if (event.key === "Escape") {
      if (typing && search && target === search) { search.value = ""; apply(); search.blur(); }
      Array.prototype.forEach.call(doc.querySelectorAll("details.dd[open]"), function (d) { d.open = false; });
      hideTip();
      return;
    }
    if (typing) { return; }
    if (event.key === "j" || event.key === "n" || event.key === "ArrowRight") { step(1); event.preventDefault(); }
    else if (event.key === "k" || event.key === "p" || event.key === "ArrowLeft") { step(-1); event.preventDefault(); }
    else if (event.key === "/" && search) { search.focus(); event.preventDefault(); }
  });

  doc.addEventListener("mouseover", function (event) {
    var mark = event.target.closest ? event.target.closest("mark[data-f]") : null;
    if (mark && !mark.classList.contains("off")) { showTip(mark); } else { hideTip(); }
  });
  doc.addEventListener("click", function (event) {
    var mark = event.target.closest("mark[data-f]");
    var item = mark ? findingById[mark.dataset.f.split(" ")[0]] : event.target.closest(".nv");
    if (item) { var index = navs.indexOf(item); if (index >= 0 && visible(item)) { select(index); } }
    Array.prototype.forEach.call(doc.querySelectorAll("details.dd[open]"), function (d) { if (!d.contains(event.target)) { d.open = false; } });
  });
  window.addEventListener("scroll", hideTip, { passive: true });

  var bar = doc.querySelector(".toolbar");
  if (bar) { root.style.setProperty("--bar", bar.offsetHeight + "px"); }
  apply();
  root.dataset.readyMs = performance.now().toFixed(0);
  window.addEventListener("load", function () {
    var entry = performance.getEntriesByType("navigation")[0];
    if (entry) { root.dataset.domMs = entry.domContentLoadedEventEnd.toFixed(0); root.dataset.loadMs = performance.now().toFixed(0); }
  });

  if (location.hash === "#selftest") { selftest(); }

  function visibleItems(selector) {
    return Array.prototype.filter.call(doc.querySelectorAll(selector), function (el) { return visible(el); });
  }

  function selftest() {
    var result = { mode: root.dataset.mode, readyMs: Number(root.dataset.readyMs), pairs: pairs.length };
    result.shown = {};
    Array.prototype.forEach.call(doc.querySelectorAll("[data-count]"), function (el) {
      result.shown[el.dataset.count] = parseInt(el.textContent.replace(/[^0-9]/g, ""), 10);
    });
    result.items = {};
    items.forEach(function (item) {
      ["sev", "cat", "chk", "st", "fx"].forEach(function (name) {
        var value = item.getAttribute("data-" + name);
        if (value !== null) { var key = name + ":" + value; result.items[key] = (result.items[key] || 0) + 1; }
      });
    });
    result.filters = [];
    inputs.forEach(function (input) {
      var name = input.dataset.group, value = input.value;
      var selector = "[data-" + name + "=\"" + value + "\"]";
      var before = visibleItems(".fi").length;
      var own = visibleItems(".fi" + selector).length;
      input.checked = false; apply();
      var ownAfter = visibleItems(".fi" + selector).length;
      var othersAfter = visibleItems(".fi").length;
      var marksShown = 0;
      marks.forEach(function (mark) {
        var ids = mark.dataset.f.split(" ");
        var allOwn = ids.every(function (id) { var item = findingById[id]; return item && item.getAttribute("data-" + name) === value; });
        if (allOwn && !mark.classList.contains("off")) { marksShown += 1; }
      });
      input.checked = true; apply();
      result.filters.push({ group: name, value: value, before: before, own: own, ownAfter: ownAfter,
        othersAfter: othersAfter, marksShown: marksShown, restored: visibleItems(".fi").length });
    });
    if (only) {
      only.checked = true; apply();
      var withFindings = pairs.filter(function (pair) { return pair.querySelector(".f"); }).length;
      result.only = { expected: withFindings, shown: pairs.filter(function (pair) { return !pair.classList.contains("xo"); }).length };
      only.checked = false; apply();
    }
    if (search) {
      var word = null;
      pairs.some(function (pair) {
        var cell = pair.querySelector(".tx:not(.gap)");
        var match = cell && /[A-Za-zÄÖÜäöüß]{6,}/.exec(cell.textContent);
        if (match) { word = match[0]; }
        return !!word;
      });
      if (word) {
        search.value = word; apply();
        var shownNow = pairs.filter(function (pair) { return !pair.classList.contains("xs"); });
        result.search = { word: word, shown: shownNow.length,
          allContain: shownNow.every(function (pair) { return pair.textContent.toLowerCase().indexOf(word.toLowerCase()) >= 0; }),
          expected: pairs.filter(function (pair) { return pair.textContent.toLowerCase().indexOf(word.toLowerCase()) >= 0; }).length };
        search.value = ""; apply();
      }
    }
    var order = navs.filter(visible).map(function (el) { return el.id; });
    var keys = ["j", "j", "k", "ArrowRight", "ArrowRight", "ArrowLeft", "n", "p"];
    result.nav = { order: order.slice(0, 4), keys: keys, visited: [] };
    keys.forEach(function (key) {
      doc.body.dispatchEvent(new KeyboardEvent("keydown", { key: key, bubbles: true }));
      result.nav.visited.push(current >= 0 ? navs[current].id : null);
    });
    result.nav.position = position ? position.textContent : null;
    result.nav.focused = doc.activeElement ? doc.activeElement.id : null;
    // Hovering a highlight shows its findings: the current one's message, severity and suggestion.
    var hovered = current >= 0 ? marksOf(navs[current])[0] : null;
    if (hovered) {
      hovered.dispatchEvent(new MouseEvent("mouseover", { bubbles: true }));
      result.tip = { shown: !tip.hidden, text: tip.textContent, finding: navs[current].textContent };
    }
    result.hostile = {
      elements: doc.querySelectorAll(".tx script, .tx img, .tx svg, .tx iframe, .tx object, .f script, .f img, .f svg").length,
      scripts: doc.querySelectorAll("script").length,
      handlers: Array.prototype.filter.call(doc.querySelectorAll("body *"), function (el) {
        return Array.prototype.some.call(el.attributes, function (attribute) { return /^on/i.test(attribute.name); });
      }).length,
      pwned: typeof window.tandemPwned !== "undefined"
    };
    result.errors = window.tandemErrors.slice();
    var out = doc.createElement("pre");
    out.id = "selftest";
    out.textContent = JSON.stringify(result);
    doc.body.appendChild(out);
  }
})();
"""#
}
