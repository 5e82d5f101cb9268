// The chat page: one conversation per browser tab, its turns streamed live; a turn that starts an errand or
// offers its quote gets the errand's quote card (server-rendered) beside it, redrawn whenever the errand
// changes (the stream follows each errand's own state).
"use strict";

(function chat() {
  const turns = document.getElementById("turns");
  if (!turns) return;
  const state = document.getElementById("chat-state");
  const cards = new Map();
  const latest = new Map();  // errand id → the card its latest stream event brought

  function addTurn(turn) {
    const li = document.createElement("li");
    li.className = `turn ${turn.who} kind-${turn.kind}`;
    li.dataset.test = "turn";
    li.dataset.kind = turn.kind;
    const text = document.createElement("p");
    text.textContent = turn.text;
    li.append(text);
    turns.append(li);
    if (turn.errand_id && (turn.kind === "quote" || turn.kind === "started")) {
      // One card per errand: a later turn about it takes the card along (already drawn), not a copy that
      // would stop following the errand.
      let slot = cards.get(turn.errand_id);
      if (!slot) {
        slot = document.createElement("div");
        slot.className = "card-slot";
        cards.set(turn.errand_id, slot);
      }
      li.append(slot);
      const link = document.createElement("a");
      link.href = `/app/errands/${encodeURIComponent(turn.errand_id)}`;
      link.textContent = "details";
      link.className = "small";
      li.append(link);
      // The stream's errand events bring the card (right after this turn); one already seen is drawn now.
      if (latest.has(turn.errand_id)) drawCard(turn.errand_id, latest.get(turn.errand_id));
    }
    li.scrollIntoView({ block: "end" });
  }

  // Each redraw fetches the card afresh; an older fetch that answers after a newer one must not put an
  // older state (say "reserving", without the Approve button) back on the screen.
  const drawn = new Map();
  async function drawCard(id, html) {
    const slot = cards.get(id);
    if (!slot) return;
    const mine = (drawn.get(id) || 0) + 1;
    drawn.set(id, mine);
    // The stream brings the card (the server's own escaped template) with each state; else ask for it.
    const doc = typeof html === "string" ? new DOMParser().parseFromString(html, "text/html")
      : await window.errand.fragment(`/app/errands/${encodeURIComponent(id)}/card`);
    if (drawn.get(id) !== mine) return;
    const card = doc && doc.querySelector("article");
    if (!card && slot.firstElementChild) return;  // a card once shown stays until a newer one replaces it
    slot.replaceChildren(...(card ? [document.importNode(card, true)] : []));
    if (card && card.querySelector("[data-test=total]")) performance.mark(`card:${id}`);
  }

  async function open() {
    let id = sessionStorage.getItem("errand.chat");
    if (!id) {
      id = (await window.errand.api("POST", "/chats", {})).chat_id;
      sessionStorage.setItem("errand.chat", id);
    }
    const stream = new EventSource(`/chats/${encodeURIComponent(id)}/events`);
    stream.addEventListener("open", () => { state.textContent = "connected"; });
    stream.addEventListener("error", () => { state.textContent = "reconnecting…"; });
    stream.addEventListener("turn", (event) => addTurn(JSON.parse(event.data)));
    stream.addEventListener("errand", (event) => {
      const info = JSON.parse(event.data);
      // When each state reached the page (the latency bench reads these; the browser keeps them in memory).
      performance.mark(`errand:${info.errand_id}:${info.state}`);
      state.textContent = `${info.errand_id}: ${info.state.replace(/_/g, " ")}`;
      if (typeof info.card_html === "string") latest.set(info.errand_id, info.card_html);
      drawCard(info.errand_id, info.card_html);
    });
    stream.addEventListener("end", () => {
      stream.close();
      sessionStorage.removeItem("errand.chat");
      state.textContent = "this chat has ended; reload to start another";
    });
    return id;
  }

  const ready = open().catch((err) => {
    sessionStorage.removeItem("errand.chat");
    window.errand.toast(err.message, true);
  });

  document.getElementById("say").addEventListener("submit", async (event) => {
    event.preventDefault();
    const input = document.getElementById("message");
    const text = input.value.trim();
    if (!text) return;
    const id = await ready;
    input.value = "";
    try {
      await window.errand.api("POST", `/chats/${encodeURIComponent(id)}/messages`, { text });
    } catch (err) {
      window.errand.toast(err.message, true);
      input.value = text;
    }
  });
  document.addEventListener("errand:changed", (event) => drawCard(event.detail.errand_id));
})();
