// Errand's pages: writes go to the JSON API (same origin, an Idempotency-Key per action); live progress
// comes from server-sent events. Text from the server is set with textContent; HTML comes only from the
// server's own escaped templates.
"use strict";

const errand = (() => {
  function toast(text, bad) {
    const box = document.getElementById("toast");
    if (!box) return;
    box.textContent = text;
    box.className = bad ? "bad" : "";
    box.hidden = false;
    clearTimeout(box._timer);
    box._timer = setTimeout(() => { box.hidden = true; }, 5000);
  }

  async function api(method, path, body, key) {
    const headers = { "Idempotency-Key": key || crypto.randomUUID() };
    let payload = body;
    if (body !== undefined && !(body instanceof FormData)) {
      headers["Content-Type"] = "application/json";
      payload = JSON.stringify(body);
    }
    const answer = await fetch(path, { method, headers, body: payload, credentials: "same-origin" });
    const data = await answer.json().catch(() => ({}));
    if (!answer.ok) {
      const message = (data.error && data.error.message) || `${answer.status} ${answer.statusText}`;
      throw new Error(message);
    }
    return data;
  }

  async function fragment(url) {
    const answer = await fetch(url, { credentials: "same-origin" });
    if (!answer.ok) return null;
    const doc = new DOMParser().parseFromString(await answer.text(), "text/html");
    return doc;
  }

  return { toast, api, fragment };
})();
window.errand = errand;

function on(id, event, handler) {
  const el = document.getElementById(id);
  if (el) el.addEventListener(event, handler);
}

function guard(fn) {
  return async (event) => {
    if (event) event.preventDefault();
    try { await fn(event); } catch (err) { errand.toast(err.message, true); }
  };
}

// Approve and reject buttons live in quote cards, which the chat adds later: delegate from the document.
// Only these buttons' clicks are taken over; any other click (a link, a form's submit) keeps its default.
const DELEGATED = "button.approve-passkey, button.reject, #accept-partial, #cancel-all, #cancel-watch, #sign-out";
const delegated = guard(async (event) => {
  const target = event.target.closest(DELEGATED);
  if (!target) return;
  const id = target.dataset.errand;
  if (target.classList.contains("approve-passkey")) {
    if (!window.errandPasskey || !window.errandPasskey.approve) {
      errand.toast("Passkey approval is not set up on this server.", true);
      return;
    }
    target.disabled = true;
    try {
      await window.errandPasskey.approve(id, target.dataset.digest);
      errand.toast("Approved.");
      document.dispatchEvent(new CustomEvent("errand:changed", { detail: { errand_id: id } }));
    } finally { target.disabled = false; }
  } else if (target.classList.contains("reject")) {
    await errand.api("POST", `/errands/${encodeURIComponent(id)}/reject`, { reason: "rejected by the shopper" });
    errand.toast("Rejected.");
    document.dispatchEvent(new CustomEvent("errand:changed", { detail: { errand_id: id } }));
  } else if (target.id === "accept-partial" || target.id === "cancel-all") {
    await errand.api("POST", `/errands/${encodeURIComponent(id)}/decision`, { accept_partial: target.id === "accept-partial" });
    errand.toast("Sent.");
  } else if (target.id === "cancel-watch") {
    await errand.api("POST", `/watches/${encodeURIComponent(id)}/cancel`, { reason: "cancelled by the shopper" });
    location.reload();
  } else if (target.id === "sign-out") {
    await errand.api("POST", "/session/end");
    location.href = "/signin";
  }
});
document.addEventListener("click", (event) => {
  if (event.target instanceof Element && event.target.closest(DELEGATED)) delegated(event);
});

on("token-form", "submit", guard(async () => {
  await errand.api("POST", "/session", { token: document.getElementById("token").value.trim() });
  location.href = "/app/chat";
}));

on("return-form", "submit", guard(async (event) => {
  const done = await errand.api("POST", "/returns", new FormData(event.target));
  location.href = `/app/errands/${encodeURIComponent(done.errand_id)}`;
}));

on("watch-form", "submit", guard(async (event) => {
  const form = event.target;
  const target = Math.round(parseFloat(form.target.value) * 100);
  const done = await errand.api("POST", "/watches", { product: form.product.value, target_price: target,
                                                      days: parseInt(form.days.value, 10) });
  location.href = `/app/errands/${encodeURIComponent(done.errand_id)}`;
}));

on("slot-form", "submit", guard(async (event) => {
  const form = event.target;
  const slot = form.querySelector("input[name=slot]:checked");
  await errand.api("POST", `/errands/${encodeURIComponent(form.dataset.errand)}/slot`, { slot_id: slot.value });
  errand.toast("Pickup booked.");
}));

// The errand page follows its errand and redraws from the server's own page when something happens.
(function followErrand() {
  const box = document.getElementById("errand");
  if (!box || box.dataset.finished === "true") return;
  const id = box.dataset.errand;
  let pending = null;
  const redraw = () => {
    clearTimeout(pending);
    pending = setTimeout(async () => {
      const doc = await errand.fragment(location.pathname);
      const fresh = doc && doc.getElementById("errand");
      if (fresh) box.replaceChildren(...Array.from(fresh.childNodes).map((n) => document.importNode(n, true)));
    }, 150);
  };
  const stream = new EventSource(`/errands/${encodeURIComponent(id)}/events`);
  for (const name of ["state", "quote", "question", "refusal", "outcome"]) stream.addEventListener(name, redraw);
  stream.addEventListener("end", () => { stream.close(); redraw(); });
  document.addEventListener("errand:changed", redraw);
})();
