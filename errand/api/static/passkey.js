// Passkeys on Errand's pages: register one (with the enrolment code the operator gave), sign in with it, and
// approve a quote. An approval's challenge is sha256("errand/approve/v1:" + the digest the card shows), so
// the authenticator signs exactly the quote on the screen; the API, the errand and the wallet each recompute
// it from the quote and refuse an assertion made for any other.
"use strict";

const errandPasskey = (() => {
  const APPROVE_CONTEXT = "errand/approve/v1:";
  const KEY_CONTEXT = "errand/passkey/v1:";

  function toB64url(buffer) {
    const bytes = new Uint8Array(buffer);
    let text = "";
    for (const b of bytes) text += String.fromCharCode(b);
    return btoa(text).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
  }

  function fromB64url(text) {
    const b64 = text.replace(/-/g, "+").replace(/_/g, "/") + "===".slice((text.length + 3) % 4);
    const raw = atob(b64);
    const bytes = new Uint8Array(raw.length);
    for (let i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
    return bytes.buffer;
  }

  async function sha256(bytes) {
    return crypto.subtle.digest("SHA-256", bytes);
  }

  function concat(a, b) {
    const out = new Uint8Array(a.byteLength + b.byteLength);
    out.set(new Uint8Array(a), 0);
    out.set(new Uint8Array(b), a.byteLength);
    return out;
  }

  function supported() {
    return Boolean(window.PublicKeyCredential && navigator.credentials && window.isSecureContext);
  }

  function requireSupport() {
    if (!supported()) {
      throw new Error("This browser cannot use passkeys here (open the app at https or http://localhost).");
    }
  }

  function credentialJSON(credential) {
    const r = credential.response;
    const response = { clientDataJSON: toB64url(r.clientDataJSON) };
    if (r.attestationObject) {
      response.attestationObject = toB64url(r.attestationObject);
      response.transports = typeof r.getTransports === "function" ? r.getTransports() : [];
    } else {
      response.authenticatorData = toB64url(r.authenticatorData);
      response.signature = toB64url(r.signature);
      if (r.userHandle) response.userHandle = toB64url(r.userHandle);
    }
    return {
      id: credential.id, rawId: toB64url(credential.rawId), type: credential.type, response,
      clientExtensionResults: credential.getClientExtensionResults ? credential.getClientExtensionResults() : {},
      authenticatorAttachment: credential.authenticatorAttachment || undefined,
    };
  }

  function creationOptions(options) {
    return {
      ...options,
      challenge: fromB64url(options.challenge),
      user: { ...options.user, id: fromB64url(options.user.id) },
      excludeCredentials: (options.excludeCredentials || []).map((c) => ({ ...c, id: fromB64url(c.id) })),
    };
  }

  function requestOptions(options) {
    return {
      ...options,
      challenge: fromB64url(options.challenge),
      allowCredentials: (options.allowCredentials || []).map((c) => ({ ...c, id: fromB64url(c.id) })),
    };
  }

  async function register(shopperId, code) {
    requireSupport();
    if (!shopperId || !code) throw new Error("Enter your shopper name and the enrolment code you were given.");
    const started = await errand.api("POST", "/passkeys/register/options", { shopper_id: shopperId });
    const credential = await navigator.credentials.create({ publicKey: creationOptions(started.options) });
    if (!credential) throw new Error("No passkey was made.");
    return errand.api("POST", "/passkeys/register/verify",
      { ceremony_id: started.ceremony_id, credential: credentialJSON(credential), code });
  }

  async function signIn() {
    requireSupport();
    const started = await errand.api("POST", "/passkeys/login/options", {});
    const credential = await navigator.credentials.get({ publicKey: requestOptions(started.options) });
    if (!credential) throw new Error("No passkey answered.");
    return errand.api("POST", "/passkeys/login/verify",
      { ceremony_id: started.ceremony_id, credential: credentialJSON(credential) });
  }

  // The approval body for the quote with this digest, signed by whichever of ``options.credentials`` the
  // authenticator holds (any discoverable one when the list is empty).
  async function approvalFor(digest, options) {
    const challenge = await sha256(new TextEncoder().encode(APPROVE_CONTEXT + digest));
    const credential = await navigator.credentials.get({
      publicKey: {
        challenge, rpId: options.rp_id, userVerification: "required", timeout: 120000,
        allowCredentials: options.credentials.map((id) => ({ type: "public-key", id: fromB64url(id) })),
      },
    });
    if (!credential) throw new Error("No passkey answered.");
    const assertion = credentialJSON(credential).response;
    const keyId = toB64url(await sha256(concat(new TextEncoder().encode(KEY_CONTEXT), credential.rawId)));
    return {
      shopper_id: options.shopper_id, quote_digest: digest, signature: assertion.signature, key_id: keyId,
      passkey: {
        credential_id: toB64url(credential.rawId), authenticator_data: assertion.authenticatorData,
        client_data_json: assertion.clientDataJSON, signature: assertion.signature,
        user_handle: assertion.userHandle || null,
      },
    };
  }

  async function approve(errandId, digest) {
    requireSupport();
    if (!/^[0-9a-f]{64}$/.test(digest || "")) throw new Error("This card has no quote digest to approve.");
    const options = await errand.api("GET", "/passkeys/approval-options");
    if (!options.credentials.length) throw new Error("Register a passkey before approving with one.");
    const approval = await approvalFor(digest, options);
    return errand.api("POST", `/errands/${encodeURIComponent(errandId)}/approval`, approval);
  }

  return { supported, register, signIn, approve, approvalFor };
})();
window.errandPasskey = errandPasskey;

// The sign-in page's buttons.
(() => {
  const status = (text, bad) => {
    const box = document.getElementById("passkey-status");
    if (box) { box.textContent = text; box.classList.toggle("bad", Boolean(bad)); }
  };
  const value = (id) => ((document.getElementById(id) || {}).value || "").trim();
  const run = (action, done) => async (event) => {
    event.preventDefault();
    const button = event.currentTarget;
    button.disabled = true;
    status("Waiting for your passkey…");
    try {
      await action();
      status(done);
      window.location.assign("/app/chat");
    } catch (err) {
      status(err.message || String(err), true);
    } finally { button.disabled = false; }
  };
  document.addEventListener("DOMContentLoaded", () => {
    const register = document.getElementById("passkey-register");
    const signIn = document.getElementById("passkey-signin");
    if (register) {
      register.addEventListener("click", run(
        () => errandPasskey.register(value("shopper-id"), value("enrolment-code")), "Passkey registered."));
    }
    if (signIn) signIn.addEventListener("click", run(() => errandPasskey.signIn(), "Signed in."));
  });
})();
